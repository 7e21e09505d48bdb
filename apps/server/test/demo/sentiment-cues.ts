/**
 * Words and phrases that mark an English comment as a complaint, written independently of the composer's
 * templates: a praise that matches one, or a complaint that matches none, reads wrongly.
 */
export const NEGATIVE_CUES =
  /\b(waited|waiting|queued|the queue|queues|only one till|rude|unhelpful|dismissive|uninterested|abrupt|sarcastic|ignored|nobody|no one|shrug|nuisance|late|damaged|in the rain|missed|never|broken|broke|chase|crash\w*|couldn't (log|apply|find)|logged me out|slow|clunky|failed|don't work|useless|timing out|confusing|nightmare|still waiting|refused|complicated|empty|out of stock|mess|filthy|blocking|disgusting|rubbish|fell apart|poor|downhill|on hold|passed around|no idea|explain my problem|expensive|gone up|cheaper online|didn't ring up|not good|cheeky|terrible|disappointed|awful|shocking|worse|frustrating|sort it out|shopping elsewhere|to queue|nothing came|not impressed|did not want|it was not|ages|kept breaking|nothing special|could be better|average)\b/i;

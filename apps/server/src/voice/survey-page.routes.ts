import { errorBody } from '@centric/contracts/common/error.schemas';
import { publicAnswerBody, publicAnswerResult } from '@centric/contracts/voice/voice.schemas';
import { fail } from '@centric/core/errors';
import { pickLanguage } from '@centric/core/voice/language';
import { findVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteEnv } from '../http/route-kit';
import { answerPublicToken, unsubscribeInvitee } from './public-answer.service';
import { surveyScript } from './survey-page.assets';
import { renderMessagePage, renderSurveyPage, renderUnsubscribePage } from './survey-page.render';
import { findSurveyTarget, type SurveyTarget } from './survey-target';
import { SURVEY_LANGUAGES, surveyTexts } from './survey-texts';

const tokenParams = z.object({ token: z.string().max(100) });

/** The customer's side: the survey page, its answer endpoint, unsubscribe, and the website widget. No sign-in. */
export function surveyPageRoutes(
  { app, deps }: RouteEnv,
  publicRateLimit: { max: number; timeWindow: string },
) {
  const language = (target: SurveyTarget | undefined, accept: string | undefined) =>
    pickLanguage(
      SURVEY_LANGUAGES,
      target?.kind === 'invitation' ? target.invitation.language : null,
      accept ?? null,
    );
  const html = (reply: FastifyReply, status: number, body: string, framable = false) => {
    // Widgets are framed by the organisation's own website; every other page refuses to be framed.
    reply.header(
      'content-security-policy',
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors ${framable ? '*' : "'none'"}`,
    );
    if (framable) reply.removeHeader('x-frame-options');
    reply.header('cache-control', 'no-store');
    return reply.status(status).type('text/html; charset=utf-8').send(body);
  };

  app.get('/s/assets/survey.js', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(surveyScript('survey')),
  );
  app.get(
    '/s/widget/:file',
    { schema: { hide: true, params: z.object({ file: z.string().max(110) }) } },
    async (req, reply) => {
      const token = req.params.file.replace(/\.js$/, '');
      const target = await findSurveyTarget(deps, token);
      if (target?.kind !== 'link' || target.link.kind !== 'widget') throw fail.notFound('widget');
      return reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(surveyScript('widget'));
    },
  );

  app.get('/s/:token', { schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const target = await findSurveyTarget(deps, req.params.token);
    const lang = language(target, req.headers['accept-language']);
    const texts = surveyTexts(lang);
    if (!target) return html(reply, 404, renderMessagePage(lang, null, texts.notFound));
    const framable = target.kind === 'link' && target.link.kind === 'widget';
    const org = target.organisation.name;
    if (target.survey.status !== 'live')
      return html(reply, 410, renderMessagePage(lang, org, texts.closed), framable);
    if (target.kind === 'invitation' && target.invitation.respondedAt) {
      const settings = await findVoiceSettings(deps.db, target.organisation.id);
      const until = target.invitation.respondedAt.getTime() + settings.editMinutes * 60_000;
      if (deps.clock.now().getTime() > until)
        return html(reply, 200, renderMessagePage(lang, org, texts.alreadyAnswered));
    }
    return html(reply, 200, renderSurveyPage(target, req.params.token, lang, texts), framable);
  });

  app.post(
    '/s/:token/answer',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags: ['survey page'],
        summary: 'A customer’s answer (public: the link’s token is the credential)',
        params: tokenParams,
        body: publicAnswerBody,
        response: { 200: publicAnswerResult, 400: errorBody, 404: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (req) => answerPublicToken(deps, req.params.token, req.body),
  );

  app.get('/s/:token/unsubscribe', { schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const target = await findSurveyTarget(deps, req.params.token);
    const lang = language(target, req.headers['accept-language']);
    const texts = surveyTexts(lang);
    if (target?.kind !== 'invitation') return html(reply, 404, renderMessagePage(lang, null, texts.notFound));
    return html(reply, 200, renderUnsubscribePage(lang, target.organisation.name, texts, false));
  });
  // A form post (no script needed): the page's button submits it; link scanners that only GET change nothing.
  // The form parser lives in its own scope so the JSON API keeps refusing form bodies.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, _b, done) =>
      done(null, {}),
    );
    scope.post(
      '/s/:token/unsubscribe',
      { config: { rateLimit: publicRateLimit }, schema: { hide: true, params: tokenParams } },
      async (req, reply) => {
        const target = await findSurveyTarget(deps, req.params.token);
        const lang = language(target, req.headers['accept-language']);
        const texts = surveyTexts(lang);
        if (target?.kind !== 'invitation')
          return html(reply, 404, renderMessagePage(lang, null, texts.notFound));
        await unsubscribeInvitee(deps, target);
        return html(reply, 200, renderUnsubscribePage(lang, target.organisation.name, texts, true));
      },
    );
  });
}

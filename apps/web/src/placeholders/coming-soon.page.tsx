import { List, Text } from '@mantine/core';
import { IconCompass, IconMessages } from '@tabler/icons-react';
import { EmptyState } from '../common/empty-state';
import { PageHeader } from '../common/page-header';

interface Section {
  title: string;
  description: string;
  icon: React.ReactNode;
  testId: string;
  will: string[];
}

const SECTIONS = {
  feedback: {
    title: 'Feedback',
    description: 'What customers say, and what is done about it.',
    icon: <IconMessages />,
    testId: 'feedback-empty',
    will: [
      'the feedback inbox: every survey answer with its score and comment, by unit, channel and employee;',
      'closed-loop cases for unhappy customers, with an owner, a deadline and a re-survey;',
      'NPS, CSAT and CES with their margins of error, and the themes of the comments.',
    ],
  },
  direction: {
    title: 'Direction',
    description: 'Where the organisation is going, and who does what to get there.',
    icon: <IconCompass />,
    testId: 'direction-empty',
    will: [
      'the vision and its strategic pillars;',
      'prioritised actions with owners and measurable targets bound to live metrics;',
      'values, announcements and stakeholders’ comments on drafts.',
    ],
  },
} satisfies Record<string, Section>;

/** The page of a capability that is not built yet: says plainly what will appear, shows no made-up data. */
export function ComingSoonPage({ section }: { section: keyof typeof SECTIONS }) {
  const s: Section = SECTIONS[section];
  return (
    <>
      <PageHeader title={s.title} description={s.description} />
      <EmptyState icon={s.icon} title="Not available yet" testId={s.testId}>
        <Text mb="xs">This part of Centric is not built yet. When it is, you will find here:</Text>
        <List ta="left" spacing={4}>
          {s.will.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </EmptyState>
    </>
  );
}

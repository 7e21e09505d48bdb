import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { PageHeader } from '../common/page-header';
import { GoalsSection } from './goals.section';
import { IncentivesSection } from './incentives.section';
import { MyPartSection } from './my-part.section';
import { PlanSection, WinsSection } from './plan.section';
import { ReviewsSection } from './reviews.section';
import { VisionSection } from './vision.section';

/** Direction: my part, the vision, the action plan, goals and wins; the tab lives in the URL. */
export function DirectionPage() {
  const { can } = useOrg();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'mine';
  return (
    <>
      <PageHeader
        title="Direction"
        description="From the customer-centric vision to the initiatives, goals, reviews and incentives, and every person's part in them, with live progress from the metrics."
      />
      <Tabs value={tab} onChange={(t) => setParams(t && t !== 'mine' ? { tab: t } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="mine" data-testid="tab-mine">
            My part
          </Tabs.Tab>
          <Tabs.Tab value="vision" data-testid="tab-vision">
            Vision
          </Tabs.Tab>
          <Tabs.Tab value="plan" data-testid="tab-plan">
            Action plan
          </Tabs.Tab>
          {can('goal.read') ? (
            <Tabs.Tab value="goals" data-testid="tab-goals">
              Goals
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="reviews" data-testid="tab-reviews">
            Reviews
          </Tabs.Tab>
          {can('incentive.read') ? (
            <Tabs.Tab value="incentives" data-testid="tab-incentives">
              Incentives
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="wins" data-testid="tab-wins">
            Wins
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine">
          <MyPartSection />
        </Tabs.Panel>
        <Tabs.Panel value="vision">
          <VisionSection />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanSection />
        </Tabs.Panel>
        {can('goal.read') ? (
          <Tabs.Panel value="goals">
            <GoalsSection />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="reviews">
          <ReviewsSection />
        </Tabs.Panel>
        {can('incentive.read') ? (
          <Tabs.Panel value="incentives">
            <IncentivesSection />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="wins">
          <WinsSection />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

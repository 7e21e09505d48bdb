import { createBrowserRouter, Navigate } from 'react-router';
import { AcceptInvitationPage } from '../auth/accept-invitation.page';
import { RequireSession } from '../auth/require-session';
import { SignInPage } from '../auth/sign-in.page';
import { CustomerValuePage } from '../clv/customer-value.page';
import { ImportTransactionsPage } from '../clv/import-transactions.page';
import { CustomerPage } from '../customers/customer.page';
import { CustomersPage } from '../customers/customers.page';
import { DashboardPage } from '../dashboard/dashboard.page';
import { DirectionPage } from '../direction/direction.page';
import { FeedbackPage } from '../feedback/feedback.page';
import { CasePage } from '../inbox/case.page';
import { CasesPage } from '../inbox/cases.page';
import { ImportResponsesPage } from '../inbox/import-responses.page';
import { InboxPage } from '../inbox/inbox.page';
import { PeoplePage } from '../people/people.page';
import { ApiKeysPage } from '../settings/api-keys.page';
import { OutboxPage } from '../settings/outbox.page';
import { VoiceSettingsPage } from '../settings/voice-settings.page';
import { WebhooksPage } from '../settings/webhooks.page';
import { HomeRedirect } from '../shell/home-redirect';
import { NotFoundPage } from '../shell/not-found.page';
import { OrgLayout } from '../shell/org-layout';
import { SurveyPage } from '../surveys/survey.page';
import { SurveysPage } from '../surveys/surveys.page';
import { UnitsPage } from '../units/units.page';

/**
 * The routes. Every organisation page lives under /o/:slug so that links and reloads open the right
 * organisation; the server answers any non-API path with index.html.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invite/:token', element: <AcceptInvitationPage /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'o/:slug',
        element: <OrgLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'feedback', element: <FeedbackPage /> },
          // Loaded on demand: its charts (ECharts) stay out of the main bundle.
          {
            path: 'themes',
            lazy: async () => ({ Component: (await import('../text/themes.page')).ThemesPage }),
          },
          // The leader pages carry ECharts: loaded when first opened, so sign-in stays light.
          {
            path: 'leaders',
            lazy: async () => ({
              Component: (await import('../leaders/executive-board.page')).ExecutiveBoardPage,
            }),
          },
          {
            path: 'leaders/teams',
            lazy: async () => ({ Component: (await import('../leaders/teams.page')).TeamsPage }),
          },
          {
            path: 'leaders/behaviours',
            lazy: async () => ({ Component: (await import('../leaders/behaviours.page')).BehavioursPage }),
          },
          {
            path: 'leaders/:personId',
            lazy: async () => ({ Component: (await import('../leaders/leader.page')).LeaderPage }),
          },
          { path: 'inbox', element: <InboxPage /> },
          { path: 'inbox/import', element: <ImportResponsesPage /> },
          { path: 'cases', element: <CasesPage /> },
          { path: 'cases/:caseId', element: <CasePage /> },
          { path: 'surveys', element: <SurveysPage /> },
          { path: 'surveys/:surveyId', element: <SurveyPage /> },
          { path: 'direction', element: <DirectionPage /> },
          {
            path: 'direction/reviews/:reviewId',
            lazy: async () => ({ Component: (await import('../direction/review.page')).ReviewPage }),
          },
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:customerId', element: <CustomerPage /> },
          { path: 'value', element: <CustomerValuePage /> },
          { path: 'value/import', element: <ImportTransactionsPage /> },
          // Settings has no page of its own yet: its sections are listed under it in the navigation.
          { path: 'settings', element: <Navigate to="units" replace /> },
          { path: 'settings/units', element: <UnitsPage /> },
          { path: 'settings/people', element: <PeoplePage /> },
          { path: 'settings/api-keys', element: <ApiKeysPage /> },
          { path: 'settings/outbox', element: <OutboxPage /> },
          { path: 'settings/webhooks', element: <WebhooksPage /> },
          { path: 'settings/voice', element: <VoiceSettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

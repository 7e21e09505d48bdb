import { createBrowserRouter, Navigate } from 'react-router';
import { AcceptInvitationPage } from '../auth/accept-invitation.page';
import { RequireSession } from '../auth/require-session';
import { SignInPage } from '../auth/sign-in.page';
import { CustomerPage } from '../customers/customer.page';
import { CustomersPage } from '../customers/customers.page';
import { DashboardPage } from '../dashboard/dashboard.page';
import { DirectionPage } from '../direction/direction.page';
import { PeoplePage } from '../people/people.page';
import { ComingSoonPage } from '../placeholders/coming-soon.page';
import { HomeRedirect } from '../shell/home-redirect';
import { NotFoundPage } from '../shell/not-found.page';
import { OrgLayout } from '../shell/org-layout';
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
          { path: 'feedback', element: <ComingSoonPage section="feedback" /> },
          { path: 'leaders', element: <ComingSoonPage section="leaders" /> },
          { path: 'direction', element: <DirectionPage /> },
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:customerId', element: <CustomerPage /> },
          // Settings has no page of its own yet: its sections are listed under it in the navigation.
          { path: 'settings', element: <Navigate to="units" replace /> },
          { path: 'settings/units', element: <UnitsPage /> },
          { path: 'settings/people', element: <PeoplePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

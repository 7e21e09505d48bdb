import type { Action } from '@centric/core/access/permissions';
import { NavLink, Stack } from '@mantine/core';
import {
  IconAdjustments,
  IconClipboardList,
  IconCoin,
  IconCompass,
  IconHome,
  IconInbox,
  IconKey,
  IconLifebuoy,
  IconListCheck,
  IconMail,
  IconMessages,
  IconSettings,
  IconSitemap,
  IconTags,
  IconUserStar,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useOrg } from '../app/org-context';

interface Item {
  label: string;
  path: string;
  icon: React.ReactNode;
  testId: string;
  exact?: boolean;
  /** Shown only to people whose role allows this action. */
  action?: Action;
  children?: Item[];
}

const ITEMS: Item[] = [
  {
    label: 'Dashboard',
    path: '',
    icon: <IconHome size={18} aria-hidden />,
    testId: 'nav-dashboard',
    exact: true,
  },
  {
    label: 'Feedback',
    path: 'feedback',
    icon: <IconMessages size={18} aria-hidden />,
    testId: 'nav-feedback',
  },
  { label: 'Themes', path: 'themes', icon: <IconTags size={18} aria-hidden />, testId: 'nav-themes' },
  {
    label: 'Inbox',
    path: 'inbox',
    icon: <IconInbox size={18} aria-hidden />,
    testId: 'nav-inbox',
    action: 'response.read',
  },
  {
    label: 'Cases',
    path: 'cases',
    icon: <IconLifebuoy size={18} aria-hidden />,
    testId: 'nav-cases',
    action: 'case.read',
  },
  {
    label: 'Surveys',
    path: 'surveys',
    icon: <IconClipboardList size={18} aria-hidden />,
    testId: 'nav-surveys',
    action: 'survey.read',
  },
  {
    label: 'Leaders',
    path: 'leaders',
    icon: <IconUserStar size={18} aria-hidden />,
    testId: 'nav-leaders',
    children: [
      {
        label: 'Teams',
        path: 'leaders/teams',
        icon: <IconUsersGroup size={16} aria-hidden />,
        testId: 'nav-leader-teams',
      },
      {
        label: 'Behaviours',
        path: 'leaders/behaviours',
        icon: <IconListCheck size={16} aria-hidden />,
        testId: 'nav-behaviours',
      },
    ],
  },
  {
    label: 'Direction',
    path: 'direction',
    icon: <IconCompass size={18} aria-hidden />,
    testId: 'nav-direction',
  },
  {
    label: 'Customers',
    path: 'customers',
    icon: <IconUsersGroup size={18} aria-hidden />,
    testId: 'nav-customers',
  },
  {
    label: 'Customer value',
    path: 'value',
    icon: <IconCoin size={18} aria-hidden />,
    testId: 'nav-value',
  },
  {
    label: 'Settings',
    path: 'settings',
    icon: <IconSettings size={18} aria-hidden />,
    testId: 'nav-settings',
    exact: true,
    children: [
      {
        label: 'Units',
        path: 'settings/units',
        icon: <IconSitemap size={16} aria-hidden />,
        testId: 'nav-units',
      },
      {
        label: 'People',
        path: 'settings/people',
        icon: <IconUsers size={16} aria-hidden />,
        testId: 'nav-people',
      },
      {
        label: 'API keys',
        path: 'settings/api-keys',
        icon: <IconKey size={16} aria-hidden />,
        testId: 'nav-api-keys',
        action: 'apiKey.create',
      },
      {
        label: 'Outbox',
        path: 'settings/outbox',
        icon: <IconMail size={16} aria-hidden />,
        testId: 'nav-outbox',
        action: 'outbox.read',
      },
      {
        label: 'Webhooks',
        path: 'settings/webhooks',
        icon: <IconWebhook size={16} aria-hidden />,
        testId: 'nav-webhooks',
        action: 'webhook.manage',
      },
      {
        label: 'Voice of the customer',
        path: 'settings/voice',
        icon: <IconAdjustments size={16} aria-hidden />,
        testId: 'nav-voice-settings',
        action: 'case.read',
      },
    ],
  },
];

/** The main navigation of an organisation: every capability has its place, built or not yet. */
export function Navigation({ slug, onNavigate }: { slug: string; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const { can } = useOrg();
  const base = `/o/${slug}`;
  const isActive = (item: Item) => {
    const target = item.path ? `${base}/${item.path}` : base;
    return item.exact ? pathname === target || pathname === `${target}/` : pathname.startsWith(target);
  };
  const link = (item: Item, nested = false) => {
    const to = item.path ? `${base}/${item.path}` : base;
    // A section's own link is current only when none of its sub-pages is.
    const active = isActive(item) && !item.children?.some(isActive);
    return (
      <NavLink
        key={item.testId}
        component={Link}
        to={to}
        label={item.label}
        leftSection={item.icon}
        active={active}
        aria-current={active ? 'page' : undefined}
        data-testid={item.testId}
        onClick={onNavigate}
        pl={nested ? 'xl' : undefined}
        variant="light"
      />
    );
  };
  return (
    <Stack component="nav" aria-label="Main" gap={2}>
      {ITEMS.filter((item) => !item.action || can(item.action)).map((item) => (
        <div key={item.testId}>
          {link(item)}
          {item.children
            ?.filter((child) => !child.action || can(child.action))
            .map((child) => link(child, true))}
        </div>
      ))}
    </Stack>
  );
}

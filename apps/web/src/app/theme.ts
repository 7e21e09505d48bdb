import {
  Alert,
  type CSSVariablesResolver,
  createTheme,
  InputWrapper,
  Modal,
  Notification,
} from '@mantine/core';

/** Centric's Mantine theme: shades chosen so that text on filled buttons keeps a 4.5:1 contrast. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 7 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  // Drawers and modals appear without sliding for people who ask their system for less motion.
  respectReducedMotion: true,
  components: {
    // A light alert's title in its own colour (red.6, green.6…) is below 4.5:1 on its tinted background.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // Required fields are the rule and optional ones say so; no asterisk keeps labels exactly "Name", "Email".
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // Icon-only close buttons need a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      // Mantine's grey description under a title is below 4.5:1 on white.
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
  },
});

/** Darker "dimmed" and error text than Mantine's defaults, which are below the WCAG AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[8] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});

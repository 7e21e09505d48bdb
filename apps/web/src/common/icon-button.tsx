import { ActionIcon, type ActionIconProps, Tooltip, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

/**
 * An icon-only button with a tooltip. Its name is visually hidden text rather than aria-label, so it never
 * collides with form labels (a unit called "Renamed" must not match the label "Name").
 */
export function IconButton({
  label,
  icon,
  onClick,
  to,
  color,
  testId,
  variant = 'subtle',
}: {
  label: string;
  icon: React.ReactNode;
  onClick?: () => void;
  to?: string;
  color?: ActionIconProps['color'];
  testId?: string;
  variant?: ActionIconProps['variant'];
}) {
  const content = (
    <>
      {icon}
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  );
  return (
    <Tooltip label={label} aria-hidden>
      {to ? (
        <ActionIcon component={Link} to={to} variant={variant} color={color} data-testid={testId}>
          {content}
        </ActionIcon>
      ) : (
        <ActionIcon variant={variant} color={color} onClick={onClick} data-testid={testId}>
          {content}
        </ActionIcon>
      )}
    </Tooltip>
  );
}

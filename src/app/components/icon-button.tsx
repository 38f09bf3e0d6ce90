import type { ReactNode } from 'react';

interface IconButtonProps {
  /** The accessible name, which says what the button acts on ("Delete table Leads"). */
  label: string;
  /** The tooltip: the action alone ("Delete"). */
  title: string;
  /** Destructive actions are tinted. */
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A small button showing only an icon, named for screen readers and titled for the pointer. */
export function IconButton({ label, title, danger, disabled, onClick, children }: IconButtonProps) {
  return (
    <button
      type="button"
      className={danger ? 'icon-button icon-button--danger' : 'icon-button'}
      aria-label={label}
      title={title}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

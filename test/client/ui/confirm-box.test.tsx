// The question before an action that cannot be undone: named, described, focused, Escape cancels.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmBox } from '../../../src/client/ui/confirm-box';

describe('ConfirmBox', () => {
  it('is an alertdialog named by its question, described by the consequence, focused, and cancelled by Escape', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmBox title="Tanda tangani PK ini?" consequence="PK tidak dapat diubah lagi." confirmLabel="Ya" cancelLabel="Batal"
      onConfirm={onConfirm} onCancel={onCancel} />);
    const box = screen.getByRole('alertdialog', { name: 'Tanda tangani PK ini?', description: 'PK tidak dapat diubah lagi.' });
    expect(document.activeElement).toBe(box);
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Ya' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});

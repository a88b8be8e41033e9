import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Checkbox } from './checkbox';

describe('Checkbox', () => {
  it('is a checkbox named by its text, toggled by a click on the text and by Space', async () => {
    function Example() {
      const [on, setOn] = useState(false);
      return <Checkbox label="Use the proxy" checked={on} onChange={(e) => setOn(e.target.checked)} />;
    }
    render(<Example />);
    const box = screen.getByRole('checkbox', { name: 'Use the proxy' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByText('Use the proxy'));
    expect((box as HTMLInputElement).checked).toBe(true);
    box.focus();
    await userEvent.keyboard(' ');
    expect((box as HTMLInputElement).checked).toBe(false);
  });
});

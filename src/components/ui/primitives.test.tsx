import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from './badge';
import { Button } from './button';
import { Dialog } from './dialog';
import { Field, TextInput } from './field';
import { Menu } from './menu';
import { Panel } from './panel';
import { SplitHandle, SplitPane, Splitter } from './splitter';
import { Tabs } from './tabs';
import { Tooltip } from './tooltip';

describe('UI primitives', () => {
  it('Button is a real button, type="button" unless asked', () => {
    render(
      <form onSubmit={(e) => e.preventDefault()}>
        <Button>Plain</Button>
        <Button type="submit">Go</Button>
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Plain' }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('button', { name: 'Go' }).getAttribute('type')).toBe('submit');
  });

  it('Field names its control and describes it with the hint and the error', () => {
    render(
      <Field label="Entry name" hint="Shown in the list" error="A name is required.">
        {(control) => <TextInput {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Entry name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Shown in the list', 'A name is required.']);
  });

  it('Panel is a named region with a heading; Badge is text', () => {
    render(
      <Panel label="Tools" meta="2 tools" actions={<Button>Add</Button>}>
        <Badge tone="danger">2 errors</Badge>
      </Panel>,
    );
    const region = screen.getByRole('region', { name: 'Tools' });
    expect(region.querySelector('h2')?.textContent).toBe('Tools');
    expect(region.textContent).toContain('2 tools');
    expect(region.textContent).toContain('2 errors');
  });

  it('Tabs move with the arrow keys and show only the active panel', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [tab, setTab] = useState('a');
      return (
        <Tabs
          label="Views"
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ]}
        >
          Panel {tab}
        </Tabs>
      );
    }
    render(<Demo />);
    expect(screen.getByRole('tabpanel', { name: 'A' }).textContent).toBe('Panel a');
    await user.click(screen.getByRole('tab', { name: 'A' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'B', selected: true })).toBe(document.activeElement);
    expect(screen.getByRole('tabpanel', { name: 'B' }).textContent).toBe('Panel b');
  });

  it('Dialog is modal, labelled by its title, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Open</Button>
          <Dialog open={open} onClose={() => setOpen(false)} title="Presets">
            <Button>Inside</Button>
          </Dialog>
        </>
      );
    }
    render(<Demo />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Presets' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('Menu opens from its button and runs an action', async () => {
    const user = userEvent.setup();
    const onRename = vi.fn();
    render(
      <Menu
        label="Actions"
        actions={[
          { label: 'Rename', onSelect: onRename },
          { label: 'Delete', onSelect: () => {}, danger: true },
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rename' }));
    expect(onRename).toHaveBeenCalledOnce();
  });

  it('Tooltip shows on keyboard focus and describes its anchor', async () => {
    const user = userEvent.setup();
    render(
      <Tooltip content="Reload GET /v1/models">
        <Button aria-label="Refresh models">↻</Button>
      </Tooltip>,
    );
    await user.tab();
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toBe('Reload GET /v1/models');
    expect(screen.getByRole('button', { name: 'Refresh models' })).toBe(document.activeElement);
  });

  it('Splitter separates panes with a focusable, named separator', () => {
    render(
      <Splitter>
        <SplitPane id="left" defaultSize={50}>
          Left
        </SplitPane>
        <SplitHandle label="Resize request and output" />
        <SplitPane id="right" defaultSize={50}>
          Right
        </SplitPane>
      </Splitter>,
    );
    const separator = screen.getByRole('separator', { name: 'Resize request and output' });
    expect(separator.tabIndex).toBe(0);
  });
});

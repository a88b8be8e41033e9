import type { Messages } from '../messages';
import type { ui as en } from '../en/ui';

export const ui: Messages<typeof en> = {
  sortable: {
    instructions: '按上方向键或下方向键移动这一行，按 Home 或 End 键将其移到开头或末尾。',
  },
};

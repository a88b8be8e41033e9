/** Strings of the UI primitives (src/components/ui). */
export const ui = {
  sortable: {
    instructions:
      'Press Arrow Up or Arrow Down to move this row, Home or End to move it to the start or the end.',
  },
};

// Every page of the docs site, in the order of the site's navigation.
// (No DOM here: the docs test reads it in Node to check that every built page is linked.)
export const PAGES: [string, string][] = [
  ['index.html', 'Demo board'],
  ['tv.html', 'TV wall'],
  ['guides/wall.html', 'Wall guide'],
  ['guides/gauge.html', 'Gauge'],
  ['guides/funnel.html', 'Funnel'],
  ['guides/target-tree.html', 'Target tree'],
  ['guides/task-board.html', 'Task board'],
  ['guides/leaderboard.html', 'Leaderboard'],
  ['guides/data-formats.html', 'Data formats'],
  ['guides/theming.html', 'Theming'],
  ['guides/embedding.html', 'Embedding'],
  ['embed/plain.html', 'Plain HTML'],
  ['embed/react.html', 'React'],
  ['embed/vue.html', 'Vue'],
  ['examples/task-save.html', 'Saving task moves'],
];

/** Components that replace plain HTML elements when MDX explainers and guides render: `<Content components={mdxComponents} />`. */
import ContentLink from './ContentLink.astro';
import TaskBox from './TaskBox.astro';

export const mdxComponents = { a: ContentLink, input: TaskBox };

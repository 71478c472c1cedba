/** Components that replace plain HTML elements when MDX explainers and guides render: `<Content components={mdxComponents} />`. */
import ContentLink from './ContentLink.astro';
import Fact from './Fact.astro';
import TaskBox from './TaskBox.astro';

/** `Fact`: a dated, sourced route or requirement from content/facts.yaml, written `<Fact id="…" />` in MDX. */
export const mdxComponents = { a: ContentLink, input: TaskBox, Fact };

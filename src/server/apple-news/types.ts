/**
 * The parts of Apple News Format this target writes, as types: only fields
 * the format defines (Apple's reference:
 * https://developer.apple.com/documentation/applenewsformat).
 */

/** A text component (body, heading, pullquote, caption …) with HTML text. */
export interface TextComponent {
  role: 'title' | 'intro' | 'body' | 'heading2' | 'heading3' | 'caption' | 'pullquote';
  text: string;
  format: 'html';
  textStyle?: string;
  identifier?: string;
}

/** A figure: an illustration such as a chart, from a file in the article's folder. */
export interface FigureComponent {
  role: 'figure';
  URL: string;
  caption?: string;
  accessibilityCaption?: string;
}

/** A data table: descriptors (the columns) and records (the rows). */
export interface DataTableComponent {
  role: 'datatable';
  showDescriptorLabels: boolean;
  data: {
    descriptors: { key: string; label: string; dataType: 'string' }[];
    records: Record<string, string>[];
  };
}

/** A container of the components of one widget. */
export interface ContainerComponent {
  role: 'container';
  identifier: string;
  components: Component[];
}

/** A divider between widgets. */
export interface DividerComponent {
  role: 'divider';
  stroke: { width: number; color: string };
}

/** Any component this target writes. */
export type Component = TextComponent | FigureComponent | DataTableComponent | ContainerComponent | DividerComponent;

/** A component text style. */
export interface ComponentTextStyle {
  fontSize?: number;
  lineHeight?: number;
  fontWeight?: 'bold' | 'semibold' | 'regular';
  textColor?: string;
  hangingPunctuation?: boolean;
  paragraphSpacingBefore?: number;
  paragraphSpacingAfter?: number;
}

/** A whole article: `article.json`. */
export interface ArticleDocument {
  version: string;
  identifier: string;
  title: string;
  language: string;
  layout: { columns: number; width: number; margin: number; gutter: number };
  components: Component[];
  componentTextStyles: Record<string, ComponentTextStyle>;
  metadata: {
    excerpt?: string;
    dateModified?: string;
    generatorName: string;
    generatorIdentifier: string;
  };
}

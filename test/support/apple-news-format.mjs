// What Apple News Format defines, for the objects the `apple-news` target
// writes: per component role and per object type, the properties it may have
// and the ones it must. Taken from Apple's reference,
// https://developer.apple.com/documentation/applenewsformat
// (each entry names its page). A property missing here is not written.

/** Properties every component has (Component, inherited by all): https://developer.apple.com/documentation/applenewsformat/component */
const COMPONENT = ['role', 'identifier', 'layout', 'style', 'anchor', 'animation', 'behavior', 'hidden', 'conditional'];

/** Text components: https://developer.apple.com/documentation/applenewsformat/text */
const TEXT = [...COMPONENT, 'text', 'format', 'textStyle', 'inlineTextStyles', 'additions'];

/** The text roles: https://developer.apple.com/documentation/applenews/components (Body, Title, Heading, Intro, Caption, PullQuote, Quote …). */
const TEXT_ROLES = [
  'body',
  'title',
  'intro',
  'caption',
  'pullquote',
  'quote',
  'byline',
  'author',
  'heading',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'heading5',
  'heading6',
];

/** Per role: the properties it may have and must have. */
export const COMPONENTS = {
  ...Object.fromEntries(TEXT_ROLES.map((role) => [role, { allowed: TEXT, required: ['role', 'text'] }])),
  // https://developer.apple.com/documentation/applenewsformat/figure
  figure: {
    allowed: [...COMPONENT, 'URL', 'caption', 'accessibilityCaption', 'explicitContent', 'additions'],
    required: ['role', 'URL'],
  },
  // https://developer.apple.com/documentation/applenewsformat/datatable
  datatable: {
    allowed: [...COMPONENT, 'data', 'dataOrientation', 'showDescriptorLabels', 'sortBy'],
    required: ['role', 'data'],
  },
  // https://developer.apple.com/documentation/applenewsformat/container
  container: {
    allowed: [...COMPONENT, 'components', 'contentDisplay', 'additions', 'allowAutoplacedAds'],
    required: ['role'],
  },
  // https://developer.apple.com/documentation/applenewsformat/divider
  divider: { allowed: [...COMPONENT, 'stroke'], required: ['role'] },
};

/** Other objects, by where they appear. */
export const OBJECTS = {
  // https://developer.apple.com/documentation/applenewsformat/articledocument
  ArticleDocument: {
    allowed: [
      'version',
      'identifier',
      'title',
      'language',
      'layout',
      'components',
      'componentTextStyles',
      'subtitle',
      'metadata',
      'documentStyle',
      'textStyles',
      'componentStyles',
      'componentLayouts',
      'colorScheme',
      'textFormat',
    ],
    required: ['version', 'identifier', 'title', 'language', 'layout', 'components', 'componentTextStyles'],
  },
  // https://developer.apple.com/documentation/applenewsformat/layout
  Layout: { allowed: ['columns', 'width', 'margin', 'gutter'], required: ['columns', 'width'] },
  // https://developer.apple.com/documentation/applenewsformat/metadata
  Metadata: {
    allowed: [
      'authors',
      'canonicalURL',
      'dateCreated',
      'dateModified',
      'datePublished',
      'excerpt',
      'keywords',
      'thumbnailURL',
      'generatorName',
      'generatorVersion',
      'generatorIdentifier',
      'campaignData',
      'contentGenerationType',
      'issue',
      'links',
      'videoURL',
    ],
    required: [],
  },
  // https://developer.apple.com/documentation/applenewsformat/componenttextstyle (with TextStyle's properties)
  ComponentTextStyle: {
    allowed: [
      'fontName',
      'fontFamily',
      'fontSize',
      'fontWeight',
      'fontStyle',
      'fontWidth',
      'textColor',
      'backgroundColor',
      'textTransform',
      'tracking',
      'underline',
      'strikethrough',
      'stroke',
      'textShadow',
      'verticalAlignment',
      'orderedListItems',
      'unorderedListItems',
      'conditional',
      'textAlignment',
      'lineHeight',
      'paragraphSpacingBefore',
      'paragraphSpacingAfter',
      'firstLineIndent',
      'dropCapStyle',
      'hangingPunctuation',
      'hyphenation',
      'hyphenationMinimumWordLength',
      'hyphenationMinimumCharactersBefore',
      'hyphenationMinimumCharactersAfter',
      'hyphenationZone',
      'lineBalancing',
      'linkStyle',
      'fontScaling',
    ],
    required: [],
  },
  // https://developer.apple.com/documentation/applenewsformat/recordstore
  RecordStore: { allowed: ['descriptors', 'records'], required: ['descriptors', 'records'] },
  // https://developer.apple.com/documentation/applenewsformat/datadescriptor
  DataDescriptor: { allowed: ['key', 'label', 'dataType', 'format', 'identifier'], required: ['key', 'label', 'dataType'] },
  // https://developer.apple.com/documentation/applenewsformat/strokestyle
  StrokeStyle: { allowed: ['color', 'width', 'style'], required: [] },
};

/** Allowed values of enumerated fields. */
export const VALUES = {
  // https://developer.apple.com/documentation/applenewsformat/text (format)
  format: ['html', 'markdown', 'none'],
  // https://developer.apple.com/documentation/applenewsformat/datadescriptor (dataType)
  dataType: ['string', 'text', 'image', 'number', 'integer', 'float'],
  // https://developer.apple.com/documentation/applenewsformat/componenttextstyle (fontWeight, as words)
  fontWeight: [
    'thin',
    'extra-light',
    'light',
    'regular',
    'normal',
    'medium',
    'semibold',
    'semi-bold',
    'bold',
    'extra-bold',
    'black',
    'heavy',
  ],
};

/**
 * The tags text with `format: "html"` may hold:
 * https://developer.apple.com/documentation/applenews/using-html-with-apple-news-format
 * (p, strong, b, em, i, a, ul, ol, li, br, sub, sup, del, s, pre, code, samp, footer, aside, blockquote).
 */
export const HTML_TAGS = [
  'p',
  'strong',
  'b',
  'em',
  'i',
  'a',
  'ul',
  'ol',
  'li',
  'br',
  'sub',
  'sup',
  'del',
  's',
  'pre',
  'code',
  'samp',
  'footer',
  'aside',
  'blockquote',
];

/** The URL schemes a Figure's URL may have: https://developer.apple.com/documentation/applenewsformat/figure */
export const IMAGE_URL = /^(https?:\/\/|bundle:\/\/)/;

/**
 * Every problem of an Apple News Format document (or of a components file:
 * `{ components, componentTextStyles }`) against the lists above, as
 * "path: message" lines.
 */
export function formatProblems(document, whole = true) {
  const problems = [];
  const check = (value, spec, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problems.push(`${path}: not an object`);
    for (const key of Object.keys(value))
      if (!spec.allowed.includes(key)) problems.push(`${path}.${key}: not a field of this object`);
    for (const key of spec.required) if (!(key in value)) problems.push(`${path}.${key}: required`);
  };
  const component = (value, path) => {
    const spec = COMPONENTS[value?.role];
    if (!spec) return problems.push(`${path}.role: ${JSON.stringify(value?.role)} is not a role of the format`);
    check(value, spec, path);
    if ('format' in value && !VALUES.format.includes(value.format)) problems.push(`${path}.format: ${value.format}`);
    if (typeof value.textStyle === 'string' && !document.componentTextStyles?.[value.textStyle])
      problems.push(`${path}.textStyle: no component text style "${value.textStyle}"`);
    if (value.role === 'figure' && !IMAGE_URL.test(value.URL)) problems.push(`${path}.URL: ${value.URL}`);
    if (value.role === 'datatable') {
      check(value.data, OBJECTS.RecordStore, `${path}.data`);
      value.data.descriptors.forEach((descriptor, i) => {
        check(descriptor, OBJECTS.DataDescriptor, `${path}.data.descriptors[${i}]`);
        if (!VALUES.dataType.includes(descriptor.dataType)) problems.push(`${path}.data.descriptors[${i}].dataType`);
      });
      const keys = new Set(value.data.descriptors.map((descriptor) => descriptor.key));
      value.data.records.forEach((record, i) => {
        for (const key of Object.keys(record))
          if (!keys.has(key)) problems.push(`${path}.data.records[${i}].${key}: no descriptor`);
      });
    }
    if (value.role === 'divider' && value.stroke) check(value.stroke, OBJECTS.StrokeStyle, `${path}.stroke`);
    (value.components ?? []).forEach((child, i) => component(child, `${path}.components[${i}]`));
  };
  if (whole) {
    check(document, OBJECTS.ArticleDocument, '(article)');
    check(document.layout, OBJECTS.Layout, 'layout');
    if (document.metadata) check(document.metadata, OBJECTS.Metadata, 'metadata');
  }
  if (!document.componentTextStyles?.default) problems.push('componentTextStyles.default: required');
  for (const [name, style] of Object.entries(document.componentTextStyles ?? {})) {
    check(style, OBJECTS.ComponentTextStyle, `componentTextStyles.${name}`);
    if (typeof style.fontWeight === 'string' && !VALUES.fontWeight.includes(style.fontWeight))
      problems.push(`componentTextStyles.${name}.fontWeight: ${style.fontWeight}`);
  }
  (document.components ?? []).forEach((child, i) => component(child, `components[${i}]`));
  return problems;
}

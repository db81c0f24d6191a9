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
  if (!document.componentTextStyles?.default)
    problems.push('componentTextStyles.default: required: every article.json must have a component text style named default');
  for (const [name, style] of Object.entries(document.componentTextStyles ?? {})) {
    check(style, OBJECTS.ComponentTextStyle, `componentTextStyles.${name}`);
    if (typeof style.fontWeight === 'string' && !VALUES.fontWeight.includes(style.fontWeight))
      problems.push(`componentTextStyles.${name}.fontWeight: ${style.fontWeight}`);
  }
  (document.components ?? []).forEach((child, i) => component(child, `components[${i}]`));
  return problems;
}

/**
 * Apple's pages each rule of `articleProblems` comes from, by the object (or
 * guide) it describes.
 */
export const PAGES = {
  ArticleDocument: 'https://developer.apple.com/documentation/applenewsformat/articledocument',
  componentTextStyles:
    'https://developer.apple.com/documentation/applenewsformat/articledocument/componenttextstyles-data.dictionary',
  textStyleGuide: 'https://developer.apple.com/documentation/applenews/defining-and-applying-text-styles',
  Layout: 'https://developer.apple.com/documentation/applenewsformat/layout',
  Component: 'https://developer.apple.com/documentation/applenewsformat/component',
  Text: 'https://developer.apple.com/documentation/applenewsformat/text',
  html: 'https://developer.apple.com/documentation/applenews/using-html-with-apple-news-format',
  Figure: 'https://developer.apple.com/documentation/applenewsformat/figure',
  assets: 'https://developer.apple.com/documentation/applenews/preparing-image-video-audio-music-and-arkit-assets',
  createArticle: 'https://developer.apple.com/documentation/applenewsapi/post-channels-_channelid_-articles',
  DataTable: 'https://developer.apple.com/documentation/applenewsformat/datatable',
  RecordStore: 'https://developer.apple.com/documentation/applenewsformat/recordstore',
  DataDescriptor: 'https://developer.apple.com/documentation/applenewsformat/datadescriptor',
  FormattedText: 'https://developer.apple.com/documentation/applenewsformat/formattedtext',
  Container: 'https://developer.apple.com/documentation/applenewsformat/container',
  Divider: 'https://developer.apple.com/documentation/applenewsformat/divider',
  StrokeStyle: 'https://developer.apple.com/documentation/applenewsformat/strokestyle',
  Color: 'https://developer.apple.com/documentation/applenewsformat/color',
  ComponentTextStyle: 'https://developer.apple.com/documentation/applenewsformat/componenttextstyle',
  Metadata: 'https://developer.apple.com/documentation/applenewsformat/metadata',
};

/**
 * The oldest format version the objects the target writes need: every one of
 * their pages (ArticleDocument, Layout, Text and its roles, Figure, DataTable,
 * RecordStore, DataDescriptor, Container, Divider, StrokeStyle,
 * ComponentTextStyle, Metadata) gives "Apple News Format 1.7.0 –".
 */
export const MIN_VERSION = [1, 7];

/** The roles a `default-<role>` component text style may name: every text role. */
const TEXT_ROLE_SET = new Set(TEXT_ROLES);

/** A Color: #RGB, #RGBA, #RRGGBB or #RRGGBBAA, or a color name. */
const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]+)$/i;
/** An ISO 8601 date-time with its offset, as Metadata's dates are written (2018-09-10T12:41:00+00:00). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** The image files a figure may show: JPEG, PNG, GIF, WebP. */
const IMAGE_FILE = /\.(jpe?g|png|gif|webp)$/i;

const isInteger = (value) => Number.isInteger(value);
const isText = (value) => typeof value === 'string' && value.trim() !== '';
/**
 * A code from the IANA language subtag registry, as the ArticleDocument's
 * examples write them ("en", "en-GB"): language, then script, region and
 * variant subtags, in their canonical case, and no extensions ("-u-…").
 */
function isLanguageCode(value) {
  try {
    return typeof value === 'string' && new Intl.Locale(value).baseName === value && Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}
/** What HTML text shows: its tags dropped, its character references counted as characters. */
const shownText = (html) => html.replace(/<[^>]*>/g, '').replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, 'x');
/** A FormattedText object, or a string. */
const isFormattedText = (value) =>
  typeof value === 'string' || (value?.type === 'formatted_text' && typeof value.text === 'string');

/** Every component of a list with its path, containers' children included. */
function* walk(list, path) {
  for (const [i, component] of (Array.isArray(list) ? list : []).entries()) {
    yield [component, `${path}[${i}]`];
    yield* walk(component?.components, `${path}[${i}].components`);
  }
}

/**
 * Every way an article.json breaks Apple's rules for an ArticleDocument and
 * for the objects the target writes in it, as "path: message (page)" lines:
 * the fields each object may and must have (`formatProblems`), then the rules
 * each page states for their values. `bundle` lists the files beside
 * article.json (a `bundle://` URL must name one of them).
 */
export function articleProblems(article, { bundle = [] } = {}) {
  const problems = formatProblems(article).map((problem) => `${problem} (${PAGES.ArticleDocument})`);
  const fail = (path, message, page) => problems.push(`${path}: ${message} (${page})`);

  // ArticleDocument: its required properties and their values.
  const version = /^(\d+)\.(\d+)(\.\d+)?$/.exec(String(article.version));
  if (typeof article.version !== 'string' || !version)
    fail('version', `${JSON.stringify(article.version)} is not a format version`, PAGES.ArticleDocument);
  else if (Number(version[1]) * 1000 + Number(version[2]) < MIN_VERSION[0] * 1000 + MIN_VERSION[1])
    fail(
      'version',
      `${article.version} is earlier than ${MIN_VERSION.join('.')}, the version of the objects the article uses`,
      PAGES.ArticleDocument,
    );
  if (!(typeof article.identifier === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(article.identifier)))
    fail(
      'identifier',
      `${JSON.stringify(article.identifier)} is not up to 64 letters, numbers, hyphens and underscores`,
      PAGES.ArticleDocument,
    );
  if (!isText(article.title)) fail('title', 'the article needs a title', PAGES.ArticleDocument);
  if (!isLanguageCode(article.language))
    fail(
      'language',
      `${JSON.stringify(article.language)} is not a language code from the IANA subtag registry, such as en or en-GB`,
      PAGES.ArticleDocument,
    );
  if (!Array.isArray(article.components) || article.components.length === 0)
    fail('components', 'the article has no components', PAGES.ArticleDocument);
  const textStyles = article.componentTextStyles ?? {};

  // Layout: the column system, and room for two margins and the gutters.
  const layout = article.layout ?? {};
  if (!(isInteger(layout.columns) && layout.columns >= 1))
    fail('layout.columns', 'must be a whole number, at least 1', PAGES.Layout);
  if (!(isInteger(layout.width) && layout.width > 0)) fail('layout.width', 'must be a whole number above 0', PAGES.Layout);
  for (const key of ['margin', 'gutter'])
    if (key in layout && !(isInteger(layout[key]) && layout[key] >= 0))
      fail(`layout.${key}`, 'must be a whole number', PAGES.Layout);
  if (isInteger(layout.gutter) && layout.gutter % 2) fail('layout.gutter', 'should be an even number', PAGES.Layout);
  const margin = layout.margin ?? 60;
  const gutter = layout.gutter ?? 20;
  if (isInteger(layout.columns) && isInteger(layout.width) && layout.width < 2 * margin + (layout.columns - 1) * gutter)
    fail('layout.width', 'leaves no room for two margins and the gutters between the columns', PAGES.Layout);

  // Component text styles: role defaults name a text role, in lowercase; values are of their types.
  for (const [name, style] of Object.entries(textStyles)) {
    const path = `componentTextStyles.${name}`;
    const role = /^default-(.+)$/.exec(name)?.[1];
    if (role !== undefined && !TEXT_ROLE_SET.has(role))
      fail(
        path,
        `"${role}" is not a text component role, so Apple News applies this default to nothing`,
        PAGES.componentTextStyles,
      );
    if (name.startsWith('default') && name !== name.toLowerCase())
      fail(path, 'default style names must be lowercase', PAGES.textStyleGuide);
    for (const key of ['fontSize', 'lineHeight', 'firstLineIndent', 'paragraphSpacingBefore', 'paragraphSpacingAfter'])
      if (key in style && !isInteger(style[key]))
        fail(`${path}.${key}`, 'must be a whole number of points', PAGES.ComponentTextStyle);
    if ('fontSize' in style && !(style.fontSize > 0)) fail(`${path}.fontSize`, 'must be above 0', PAGES.ComponentTextStyle);
    if (
      'fontWeight' in style &&
      !(isInteger(style.fontWeight)
        ? style.fontWeight >= 100 && style.fontWeight <= 900
        : VALUES.fontWeight.includes(style.fontWeight))
    )
      fail(`${path}.fontWeight`, `${JSON.stringify(style.fontWeight)} is not a font weight`, PAGES.ComponentTextStyle);
    for (const key of ['textColor', 'backgroundColor'])
      if (key in style && !COLOR.test(style[key]))
        fail(`${path}.${key}`, `${JSON.stringify(style[key])} is not a color`, PAGES.Color);
    for (const key of ['hangingPunctuation', 'fontScaling', 'hyphenation'])
      if (key in style && typeof style[key] !== 'boolean')
        fail(`${path}.${key}`, 'must be true or false', PAGES.ComponentTextStyle);
  }

  // Components: identifiers unique across the document, every named style and layout defined, and each role's rules.
  const seen = new Map();
  const defined = { textStyle: textStyles, style: article.componentStyles, layout: article.componentLayouts };
  const files = new Set(bundle);
  for (const [component, path] of walk(article.components, 'components')) {
    if (typeof component !== 'object' || component === null) continue;
    if ('identifier' in component) {
      if (!isText(component.identifier)) fail(`${path}.identifier`, 'must be a string', PAGES.Component);
      else if (seen.has(component.identifier))
        fail(
          `${path}.identifier`,
          `"${component.identifier}" is also ${seen.get(component.identifier)}'s: identifiers must be unique across the document`,
          PAGES.Component,
        );
      else seen.set(component.identifier, path);
    }
    for (const [key, collection] of Object.entries(defined))
      if (typeof component[key] === 'string' && !Object.hasOwn(collection ?? {}, component[key]))
        fail(
          `${path}.${key}`,
          `"${component[key]}" is not defined in the article's ${{ textStyle: 'componentTextStyles', style: 'componentStyles', layout: 'componentLayouts' }[key]}`,
          key === 'textStyle' ? PAGES.Text : PAGES.Component,
        );
    for (const [i, inline] of (component.inlineTextStyles ?? []).entries())
      if (typeof inline?.textStyle === 'string' && !Object.hasOwn(article.textStyles ?? {}, inline.textStyle))
        fail(
          `${path}.inlineTextStyles[${i}].textStyle`,
          `"${inline.textStyle}" is not defined in the article's textStyles`,
          PAGES.Text,
        );

    if (TEXT_ROLE_SET.has(component.role)) {
      if ('text' in component && typeof component.text !== 'string') fail(`${path}.text`, 'must be a string', PAGES.Text);
      else if (
        typeof component.text === 'string' &&
        !isText(component.format === 'html' ? shownText(component.text) : component.text)
      )
        fail(`${path}.text`, `${JSON.stringify(component.text)} shows no text`, PAGES.Text);
      if (['html', 'markdown'].includes(component.format))
        for (const key of ['additions', 'inlineTextStyles'])
          if (key in component) fail(`${path}.${key}`, `is not supported when format is ${component.format}`, PAGES.Text);
    } else if (component.role === 'figure') {
      const url = String(component.URL ?? '');
      if (!IMAGE_URL.test(url))
        fail(`${path}.URL`, `${JSON.stringify(component.URL)} does not begin with http://, https:// or bundle://`, PAGES.Figure);
      if (!IMAGE_FILE.test(url.split(/[?#]/)[0]))
        fail(`${path}.URL`, `${url} is not a JPEG, PNG, GIF or WebP file`, PAGES.assets);
      if (url.startsWith('bundle://')) {
        const name = url.slice('bundle://'.length);
        if (encodeURIComponent(decodeURIComponent(name)) !== name)
          fail(`${path}.URL`, `${name} is not encoded as a URL`, PAGES.Figure);
        if (!files.has(decodeURIComponent(name)))
          fail(`${path}.URL`, `no file ${decodeURIComponent(name)} beside article.json`, PAGES.createArticle);
      }
      for (const key of ['caption', 'accessibilityCaption'])
        if (key in component && !(key === 'caption' ? isFormattedText(component[key]) : typeof component[key] === 'string'))
          fail(`${path}.${key}`, 'must be text', PAGES.Figure);
    } else if (component.role === 'datatable') {
      const { data } = component;
      if ('dataOrientation' in component && !['vertical', 'horizontal'].includes(component.dataOrientation))
        fail(
          `${path}.dataOrientation`,
          `${JSON.stringify(component.dataOrientation)} is not vertical or horizontal`,
          PAGES.DataTable,
        );
      if ('showDescriptorLabels' in component && typeof component.showDescriptorLabels !== 'boolean')
        fail(`${path}.showDescriptorLabels`, 'must be true or false', PAGES.DataTable);
      const descriptors = Array.isArray(data?.descriptors) ? data.descriptors : [];
      const records = Array.isArray(data?.records) ? data.records : [];
      if (!descriptors.length) fail(`${path}.data.descriptors`, 'a table needs descriptors', PAGES.RecordStore);
      const keys = new Set();
      const identifiers = new Set();
      for (const [i, descriptor] of descriptors.entries()) {
        const at = `${path}.data.descriptors[${i}]`;
        if (!isText(descriptor?.key)) fail(`${at}.key`, 'required', PAGES.DataDescriptor);
        else if (keys.has(descriptor.key))
          fail(`${at}.key`, `"${descriptor.key}" must be unique across the descriptors`, PAGES.DataDescriptor);
        else keys.add(descriptor.key);
        if (!isFormattedText(descriptor?.label)) fail(`${at}.label`, 'must be a string or FormattedText', PAGES.DataDescriptor);
        else if (!isText(typeof descriptor.label === 'string' ? descriptor.label : shownText(descriptor.label.text)))
          fail(`${at}.label`, 'the table header shows no text', PAGES.DataDescriptor);
        if ('identifier' in (descriptor ?? {}))
          if (identifiers.has(descriptor.identifier))
            fail(`${at}.identifier`, 'must be unique across the descriptors', PAGES.DataDescriptor);
          else identifiers.add(descriptor.identifier);
      }
      for (const [i, record] of records.entries()) {
        const at = `${path}.data.records[${i}]`;
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          fail(at, 'a record is an object of key-value pairs', PAGES.RecordStore);
          continue;
        }
        for (const [key, value] of Object.entries(record)) {
          if (!keys.has(key))
            fail(`${at}.${key}`, 'no descriptor has this key, so the value is left out of the table', PAGES.RecordStore);
          const type = descriptors.find((descriptor) => descriptor?.key === key)?.dataType;
          if (['string', 'text'].includes(type) && !isFormattedText(value))
            fail(`${at}.${key}`, `a ${type} value is a string or FormattedText`, PAGES.DataDescriptor);
        }
      }
    } else if (component.role === 'container') {
      if ('components' in component && !Array.isArray(component.components))
        fail(`${path}.components`, 'must be an array of components', PAGES.Container);
    } else if (component.role === 'divider' && component.stroke) {
      const { stroke } = component;
      if ('color' in stroke && !COLOR.test(stroke.color))
        fail(`${path}.stroke.color`, `${JSON.stringify(stroke.color)} is not a color`, PAGES.Color);
      if ('width' in stroke && !(typeof stroke.width === 'number' && stroke.width >= 0))
        fail(`${path}.stroke.width`, 'must be a number of points', PAGES.StrokeStyle);
      if ('style' in stroke && !['solid', 'dashed', 'dotted'].includes(stroke.style))
        fail(`${path}.stroke.style`, `${JSON.stringify(stroke.style)} is not solid, dashed or dotted`, PAGES.StrokeStyle);
    }
  }

  // Metadata: dates in ISO 8601 with a time and an offset; plain strings.
  const metadata = article.metadata ?? {};
  for (const key of ['dateCreated', 'dateModified', 'datePublished'])
    if (key in metadata && !(DATE_TIME.test(metadata[key]) && !Number.isNaN(Date.parse(metadata[key]))))
      fail(
        `metadata.${key}`,
        `${JSON.stringify(metadata[key])} is not an ISO 8601 date-time such as 2018-09-10T12:41:00+00:00`,
        PAGES.Metadata,
      );
  for (const key of ['excerpt', 'generatorName', 'generatorIdentifier', 'generatorVersion'])
    if (key in metadata && !isText(metadata[key])) fail(`metadata.${key}`, 'must be text', PAGES.Metadata);
  for (const key of ['authors', 'keywords'])
    if (key in metadata && !(Array.isArray(metadata[key]) && metadata[key].every(isText)))
      fail(`metadata.${key}`, 'must be a list of strings', PAGES.Metadata);
  return problems;
}

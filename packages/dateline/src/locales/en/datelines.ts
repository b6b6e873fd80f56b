/** Words that make a phrase a sentence or a headline, not a place. */
export const sentenceWords = [
  'a', 'about', 'after', 'against', 'ago', 'all', 'also', 'amid', 'and', 'are', 'as', 'at', 'be', 'been', 'before', 'being', 'but', 'by',
  'can', 'could', 'did', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'may', 'more', 'most', 'my', 'no', 'not', 'or', 'our', 'out', 'over', 'said', 'say', 'says', 'she', 'should', 'than', 'that', 'their',
  'them', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who',
  'why', 'will', 'with', 'would', 'you', 'your', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'only', 'total', 'totals', 'per',
  'vs', 'versus', 'via', 'price', 'prices', 'close', 'closing', 'open', 'opening', 'net', 'shr', 'note', 'update', 'updated', 'breaking',
  'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'live', 'factbox', 'explainer', 'correction', 'corrected', 'urgent', 'flash',
  'bulletin', 'review', 'interview', 'commentary', 'photos', 'video', 'graphic', 'sports', 'business', 'politics', 'world', 'news',
  'obituary', 'obituaries', 'advertisement', 'sponsored', 'podcast', 'newsletter', 'recap', 'preview', 'letters', 'column', 'essay',
  'satire', 'perspective', 'viewpoint', 'briefing', 'roundup', 'timeline', 'quiz', 'poll', 'transcript', 'liveblog',
  // A photo caption's labels ("FILE – In this photo …", AP's archive photos).
  'file', 'photo', 'image', 'caption',
];

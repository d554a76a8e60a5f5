using System.Buffers;
using Site.Generator.Diagnostics;
using Site.Generator.Engine;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Validation;

/// <summary>
/// The study promised its informants that an anonymous attribution is never tied to a pseudonym. This checks the
/// promise where a reader would see it broken: on the page of every anonymous quote as it is written, any text on
/// it (the editorial note, the findings, the head's metadata) that names a pseudonym, names or links a
/// pseudonym's quote or links a pseudonym's page fails the build; and on a pseudonym's quote page, naming or
/// linking an anonymous quote does. Cards of other quotes (elements with <c>data-quote</c>, as the theme's
/// quote-card) are left out: each carries its own speaker, which ties nobody.
/// </summary>
public sealed class AnonymityGate : IOutputSink
{
    private readonly DiagnosticBag _diagnostics;
    private readonly IOutputSink _inner;
    private readonly string _outputDisplayPath;
    private readonly Dictionary<string, Quote> _pages = new(StringComparer.Ordinal);
    private readonly Terms _pseudonymTerms;
    private readonly Terms _anonymousTerms;
    private readonly List<string> _attributions;

    public AnonymityGate(StudyModel model, DiagnosticBag diagnostics, IOutputSink inner, string outputDisplayPath)
    {
        _diagnostics = diagnostics;
        _inner = inner;
        _outputDisplayPath = outputDisplayPath;
        foreach (var quote in model.Quotes.Where(q => q.Url.Length > 0 && q.Speaker is not null)) _pages[UrlScheme.FileOf(quote.Url)] = quote;
        var pseudonyms = model.Informants.Where(i => i.IsPseudonym).ToList();
        _pseudonymTerms = new Terms(
            pseudonyms.Select(p => (p.Name, Term.Name)),
            model.Quotes.Where(q => q.Speaker?.IsPseudonym == true).Select(q => (q.Id, Term.Id))
                .Concat(pseudonyms.Where(p => p.Url is not null).Select(p => (p.Url!, Term.Url))));
        _anonymousTerms = new Terms([], model.Quotes.Where(q => q.Speaker is { IsPseudonym: false }).Select(q => (q.Id, Term.Id)));
        // "a teacher at one school", not the bare word "informant", which the text also uses of named informants.
        _attributions = model.Informants.Where(i => !i.IsPseudonym && i.Name.Contains(' ')).Select(i => i.Name).ToList();
    }

    public PipelineDocument Accept(PipelineDocument document)
    {
        if (!document.Delivered && document.Text is { } html && _pages.TryGetValue(document.Destination, out var quote))
        {
            var anonymous = !quote.Speaker.IsPseudonym;
            foreach (var (index, term, kind) in Find(html, quote.Id, anonymous ? _pseudonymTerms : _anonymousTerms))
                Report(document.Destination, html, index, quote, term, kind, anonymous);
            if (!anonymous && quote.Note is { } note)
                foreach (var attribution in _attributions.Where(a => note.Contains(a, StringComparison.OrdinalIgnoreCase)))
                    _diagnostics.Error(quote.LocationOf("note"), "PR11", $"the note on {quote.Speaker.Name}'s quote '{quote.Id}' names the anonymous attribution «{attribution}»",
                        "this ties the anonymous attribution to the pseudonym: say only that the attributions differ");
        }
        return _inner.Accept(document);
    }

    /// <summary>The terms found in the page, outside the cards of other quotes.</summary>
    public static IEnumerable<(int Index, string Term, Term Kind)> Find(string html, string quoteId, Terms terms)
    {
        var skipped = OtherQuotes(html, quoteId);
        var span = html.AsSpan();
        var found = new List<(int, string, Term)>();
        for (var at = 0; at < span.Length;)
        {
            var next = span[at..].IndexOfAny(terms.Values);
            if (next < 0) break;
            var index = at + next;
            at = index + 1;
            if (skipped.Any(r => index >= r.Start && index < r.End)) continue;
            if (terms.At(span, index) is var (term, kind)) found.Add((index, term, kind));
        }
        return found;
    }

    private void Report(string destination, string html, int index, Quote quote, string term, Term kind, bool anonymous)
    {
        var what = kind switch
        {
            Term.Name => $"the pseudonym {term}",
            Term.Url => $"the page of a pseudonym ({term})",
            _ when anonymous => $"the pseudonym's quote '{term}'",
            _ => $"the anonymous quote '{term}'",
        };
        var message = anonymous
            ? $"the page of the anonymous quote '{quote.Id}' names {what}"
            : $"the page of {quote.Speaker.Name}'s quote '{quote.Id}' names {what}";
        var inNote = quote.Note?.Contains(term, StringComparison.Ordinal) == true;
        var hint = (inNote ? $"it stands in the quote's note ({quote.LocationOf("note")}); " : "")
            + "an anonymous attribution is never tied to a pseudonym: where the study gives the same words two attributions, say only on the pseudonym's quote that the attributions differ";
        _diagnostics.Error(SourceLocation.In(Path.Combine(_outputDisplayPath, destination).Replace('\\', '/'), html, index), "PR11", message, hint);
    }

    /// <summary>Where the elements that present another quote (<c>data-quote="id"</c>) start and end.</summary>
    private static List<(int Start, int End)> OtherQuotes(string html, string quoteId)
    {
        var ranges = new List<(int, int)>();
        for (var at = html.IndexOf(QuoteAttribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(QuoteAttribute, at + 1, StringComparison.Ordinal))
        {
            if (QuoteElementAround(html, at) is not var (start, tag, id, startTagEnd)) continue;
            at = startTagEnd - 1;
            if (id == quoteId || (ranges.Count > 0 && start < ranges[^1].Item2)) continue;
            ranges.Add((start, EndOf(html, tag, startTagEnd)));
        }
        return ranges;
    }

    private const string QuoteAttribute = "data-quote=\"";

    /// <summary>
    /// The start tag that holds the data-quote attribute found at <paramref name="at"/>: where it starts, its name,
    /// the quote's id and where the tag ends; null when the attribute is not one of a tag (text that only reads so).
    /// </summary>
    private static (int Start, string Tag, string Id, int End)? QuoteElementAround(string html, int at)
    {
        if (at == 0 || !char.IsWhiteSpace(html[at - 1])) return null;
        var start = html.LastIndexOf('<', at);
        if (start < 0 || html.AsSpan(start, at - start).Contains('>')) return null;
        var name = start + 1;
        while (name < at && (char.IsAsciiLetterLower(html[name]) || (name > start + 1 && char.IsAsciiDigit(html[name])))) name++;
        if (name == start + 1 || !char.IsWhiteSpace(html[name])) return null;
        var idStart = at + QuoteAttribute.Length;
        var idEnd = html.IndexOf('"', idStart);
        var end = idEnd < 0 ? -1 : html.IndexOf('>', idEnd);
        if (end < 0) return null;
        return (start, html[(start + 1)..name], html[idStart..idEnd], end + 1);
    }

    /// <summary>The end of the element whose start tag ends at <paramref name="from"/>, counting nested elements of the same name.</summary>
    private static int EndOf(string html, string tag, int from)
    {
        var depth = 1;
        var open = "<" + tag;
        var close = "</" + tag + ">";
        for (var at = from; at < html.Length;)
        {
            var nextOpen = html.IndexOf(open, at, StringComparison.Ordinal);
            var nextClose = html.IndexOf(close, at, StringComparison.Ordinal);
            if (nextClose < 0) return html.Length;
            if (nextOpen >= 0 && nextOpen < nextClose && nextOpen + open.Length < html.Length && html[nextOpen + open.Length] is ' ' or '>')
            {
                depth++;
                at = nextOpen + open.Length;
                continue;
            }
            if (--depth == 0) return nextClose + close.Length;
            at = nextClose + close.Length;
        }
        return html.Length;
    }

    public enum Term { Name, Id, Url }

    /// <summary>
    /// Words to look for, found with one multi-string search: names as whole words (case as written: «Per» is
    /// a pseudonym, «per» a preposition), ids as whole tokens (not a prefix of a longer id), URLs as written.
    /// </summary>
    public sealed class Terms
    {
        // Names and addresses, a handful (one of each per pseudonym): tried one by one, longest first.
        private readonly Dictionary<char, List<(string Term, Term Kind)>> _byFirst = new();
        // Quote ids, thousands in a large study. An id counts only as a whole token, so the one id that can stand at
        // a place is the token there: one lookup, however many ids share its first letters.
        private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _ids;

        public SearchValues<string> Values { get; }

        public Terms(IEnumerable<(string Term, Term Kind)> names, IEnumerable<(string Term, Term Kind)> others)
        {
            var all = names.Concat(others).Where(t => t.Term.Length > 0).DistinctBy(t => t.Term).ToList();
            var ids = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var t in all.OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal))
            {
                if (t.Kind == Term.Id && t.Term.All(IsIdChar))
                {
                    ids[t.Term] = t.Kind;
                    continue;
                }
                if (!_byFirst.TryGetValue(t.Term[0], out var list)) _byFirst[t.Term[0]] = list = new();
                list.Add(t);
            }
            _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            Values = SearchValues.Create(all.Count == 0 ? ["\0never\0"] : all.Select(t => t.Term).ToArray(), StringComparison.Ordinal);
        }

        /// <summary>The longest term that stands at this place within its bounds, if any.</summary>
        public (string Term, Term Kind)? At(ReadOnlySpan<char> text, int index)
        {
            (string Term, Term Kind)? best = null;
            if (_byFirst.TryGetValue(text[index], out var candidates))
                foreach (var (term, kind) in candidates)
                {
                    if (!text[index..].StartsWith(term, StringComparison.Ordinal)) continue;
                    var before = index > 0 ? text[index - 1] : ' ';
                    var after = index + term.Length < text.Length ? text[index + term.Length] : ' ';
                    // A name in the genitive ("Hannah's school") is the name too.
                    if (kind == Term.Name && after == 's' && index + term.Length + 1 < text.Length) after = text[index + term.Length + 1];
                    var bounded = kind switch
                    {
                        Term.Name => !char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after),
                        Term.Id => !IsIdChar(before) && !IsIdChar(after),
                        _ => true,
                    };
                    if (!bounded) continue;
                    best = (term, kind);
                    break;
                }
            if (index > 0 && IsIdChar(text[index - 1])) return best;
            var end = index;
            while (end < text.Length && IsIdChar(text[end])) end++;
            var token = text[index..end];
            // The id wins over a shorter name or address at the same place, as the longest term always has.
            return token.Length > (best?.Term.Length ?? 0) && _ids.TryGetValue(token, out var id, out var idKind) ? (id, idKind) : best;
        }

        private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
    }
}

using System.Collections.Concurrent;
using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>
/// Each chapter's text as HTML, rendered once per build and shared: the chapter pages show it, and the PDF and
/// EPUB are typeset from the same HTML (<see cref="StudyDocument"/>), so the documents cannot say other
/// than the site. Thread-safe: the pipelines that read it run side by side.
/// </summary>
public sealed class ChapterBodies(SiteContext site)
{
    private readonly ConcurrentDictionary<Chapter, Lazy<string>> _bodies = new();
    private ChapterRenderer? _renderer;
    private ILookup<Section, Quote>? _quotesBySection;
    private ILookup<string, Finding>? _findingsBySection;
    private ILookup<Section, SectionNote>? _notesBySection;
    private readonly Lock _lock = new();

    public string Of(Chapter chapter) => _bodies.GetOrAdd(chapter, c => new Lazy<string>(() => Renderer().Render(site.ParsedChapters[c], SectionNotes, SectionAside))).Value;

    private ChapterRenderer Renderer()
    {
        lock (_lock)
        {
            if (_renderer is not null) return _renderer;
            _quotesBySection = site.Model.Quotes.SelectMany(q => q.Sections.Select(s => (Section: s, Quote: q))).ToLookup(p => p.Section, p => p.Quote);
            _findingsBySection = site.Model.Findings.ToLookup(f => f.Section, StringComparer.Ordinal);
            _notesBySection = site.Model.Chapters.SelectMany(c => c.Notes).Where(n => n.SectionRef is not null).ToLookup(n => n.SectionRef!);
            var components = new ComponentRenderer(site.Templates, site.Linker, site.Model, () => site.View);
            return _renderer = new ChapterRenderer(components, site.Linker.References.Resolve, s => site.Locale.Format("permalink_label", ("label", s.Label)));
        }
    }

    /// <summary>The editors' notes on a section, under its heading: where the reader meets what they are about.</summary>
    private string SectionNotes(Section section)
    {
        var notes = _notesBySection![section].ToList();
        if (notes.Count == 0) return "";
        return site.Templates.RenderComponent("section-notes", new SectionNotesView(section, notes),
            new Dictionary<string, object?> { ["site"] = site.View, ["t"] = site.View.T }).Value;
    }

    private string SectionAside(Section section)
    {
        var findings = section.Number is null ? [] : _findingsBySection![section.Number].ToList();
        // A table of quotes shows them already; the aside would only repeat it.
        var quotes = section.HasQuoteTable ? [] : _quotesBySection![section].ToList();
        if (findings.Count == 0 && quotes.Count == 0) return "";
        return site.Templates.RenderComponent("section-aside", new SectionAsideView(section, findings, quotes),
            new Dictionary<string, object?> { ["site"] = site.View, ["t"] = site.View.T }).Value;
    }
}

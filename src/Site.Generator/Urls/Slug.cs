using System.Globalization;
using System.Text;

namespace Site.Generator.Urls;

/// <summary>Lower-case ASCII slugs for URLs: æ→ae, ø→o, å→a, other accents dropped, everything else a dash.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); continue;
                case 'ø': builder.Append('o'); continue;
                case 'å': builder.Append('a'); continue;
            }
            // Half of a character outside the Basic Multilingual Plane (an emoji) cannot be normalised alone; it is no letter a–z either.
            if (char.IsSurrogate(c)) { builder.Append('-'); continue; }
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
                builder.Append(d is >= 'a' and <= 'z' or >= '0' and <= '9' ? d : '-');
            }
        }
        var slug = builder.ToString();
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }

    /// <summary>True for a valid public id: what <see cref="From"/> could produce.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 120 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);

    /// <summary>The anchor of a numbered section: 4.2.1 → 4-2-1.</summary>
    public static string SectionAnchor(string number) => number.Replace('.', '-');
}

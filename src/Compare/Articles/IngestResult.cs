using System.Collections.Immutable;

namespace Compare.Articles;

/// <summary>
/// What <see cref="ArticleReader.Read"/> made of its inputs. Every input ends up either in
/// <see cref="Articles"/> or in <see cref="Skipped"/>; nothing is dropped silently.
/// </summary>
/// <param name="Articles">The articles read, in input order (files inside a folder in ordinal path order).</param>
/// <param name="Skipped">Inputs that were not read, each with a reason and a stable code.</param>
/// <param name="Warnings">
/// Problems that did not stop an article from being read (e.g. bytes that were not valid UTF-8),
/// each with the path, line, a stable code and a full sentence.
/// </param>
internal sealed record IngestResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<SkippedInput> Skipped,
    ImmutableArray<IngestWarning> Warnings);

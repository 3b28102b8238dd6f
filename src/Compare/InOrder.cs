namespace Compare;

/// <summary>
/// Work spread over threads or sorted, with an outcome that never depends on timing or on how the sort breaks ties:
/// results in the order of their inputs, and stable orders.
/// </summary>
internal static class InOrder
{
    /// <summary>
    /// <paramref name="map"/> applied to every item, several at once (at most <paramref name="maxThreads"/>, or one
    /// per processor), the results in the items' order.
    /// </summary>
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map, int? maxThreads = null)
    {
        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount }, i => results[i] = map(items[i]));
        return results;
    }

    /// <summary>
    /// The positions 0 to <paramref name="count"/> - 1 sorted by <paramref name="compare"/>, equal ones in their
    /// original order (a stable sort, which <see cref="Array.Sort{T}(T[], Comparison{T})"/> alone is not).
    /// </summary>
    public static int[] StableOrder(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }

        Array.Sort(order, (x, y) =>
        {
            var c = compare(x, y);
            return c != 0 ? c : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>
    /// Sorts <paramref name="items"/> in place by <paramref name="compare"/>, equal ones in their original order. An
    /// insertion sort: the quickest for the short, nearly sorted lists of one sentence (claims, trigger hits, dates,
    /// mentions), where each item moves at most a few places; not for long lists.
    /// </summary>
    public static void InsertionSort<T>(Span<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var k = i - 1;
            while (k >= 0 && compare(items[k], item) > 0)
            {
                items[k + 1] = items[k];
                k--;
            }

            items[k + 1] = item;
        }
    }
}

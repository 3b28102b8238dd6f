namespace Compare.Rules;

/// <summary>An office an actor held, bounded by dates when known (<see cref="To"/> null: still held).</summary>
internal sealed record TitleRecord(string Title, string? Of, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}

using System.Globalization;
using FluentValidation;

namespace Compare.Rules;

/// <summary>
/// Checks one event rule as written: every failure carries a stable error code; the loader turns them into
/// <see cref="RuleError"/>s with the file, line and rule id.
/// </summary>
internal sealed class EventRuleDtoValidator : AbstractValidator<EventRuleDto>
{
    public EventRuleDtoValidator(IReadOnlySet<string> eventTypes, IReadOnlySet<string> descriptorClasses, IReadOnlySet<string> supportCues)
    {
        RuleFor(r => r.Id).NotEmpty().WithErrorCode("rules.missing-field").WithMessage("Every rule needs an 'id'.")
            .Matches("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$").WithErrorCode("rules.bad-id")
            .WithMessage("A rule id is lower-case words joined by dots, such as 'meeting.visit'.");
        RuleFor(r => r.Event).NotEmpty().WithErrorCode("rules.missing-field").WithMessage("Every rule needs an 'event' type.")
            .Must(e => e is null || eventTypes.Contains(e)).WithErrorCode("rules.unknown-event")
            .WithMessage(r => $"Unknown event type '{r.Event}'; known: {string.Join(", ", eventTypes.Order(StringComparer.Ordinal))}.");
        RuleFor(r => r).Must(r => r.Verbs.Count + r.Nouns.Count + r.WeakVerbs.Count + r.WeakNouns.Count > 0)
            .OverridePropertyName("triggers").WithErrorCode("rules.missing-field").WithMessage("A rule needs at least one trigger verb or noun.");
        foreach (var (words, name) in new (Func<EventRuleDto, List<string>>, string)[]
                 {
                     (r => r.Verbs, "triggers.verbs"), (r => r.Nouns, "triggers.nouns"), (r => r.WeakVerbs, "triggers.weak-verbs"),
                     (r => r.WeakNouns, "triggers.weak-nouns"), (r => r.CancelAfter, "triggers.cancel-after"),
                     (r => r.RequireAfter, "triggers.require-after"), (r => r.CancelNear, "triggers.cancel-near"), (r => r.RequireWords, "require-words"),
                     (r => r.RequireContext, "require-context"),
                 })
        {
            RuleForEach(r => words(r)).Must(IsPlainWords).OverridePropertyName(name).WithErrorCode("rules.bad-trigger")
                .WithMessage((_, w) => $"'{w}' is not plain words. Triggers are matched word by word, never as patterns, so write the words themselves (e.g. 'travel to'): letters, digits, spaces, hyphens, apostrophes and dots only, or a single comma, semicolon or colon.");
        }

        RuleForEach(r => r.RequireKinds).Must(EntityKinds.All.Contains).OverridePropertyName("require-kinds").WithErrorCode("rules.unknown-kind")
            .WithMessage((_, kind) => $"Unknown entity kind '{kind}'; known: {string.Join(", ", EntityKinds.All.Order(StringComparer.Ordinal))}.");
        RuleFor(r => r).Must(r => r.RequireKinds.Count == 0 || r.RequireWords.Count > 0).OverridePropertyName("require-kinds").WithErrorCode("rules.missing-field")
            .WithMessage("'require-kinds' stands in for 'require-words', which the rule must have too.");
        RuleForEach(r => r.Supports).Must(supportCues.Contains).OverridePropertyName("triggers.supports").WithErrorCode("rules.unknown-support")
            .WithMessage((_, w) => $"'{w}' is not one of the support verbs of the lexicon (cues: support in rules/lexicons/cues.yaml); add it there first, or write it as it is written there.");

        RuleFor(r => r.Roles).NotEmpty().WithErrorCode("rules.missing-field").WithMessage("A rule needs at least one role.");
        RuleForEach(r => r.Roles).ChildRules(role =>
        {
            role.RuleFor(x => x.Kinds).NotEmpty().WithErrorCode("rules.missing-field").WithMessage("A role needs 'kinds'.");
            role.RuleForEach(x => x.Kinds).Must(EntityKinds.All.Contains).WithErrorCode("rules.unknown-kind")
                .WithMessage((_, kind) => $"Unknown entity kind '{kind}'; known: {string.Join(", ", EntityKinds.All.Order(StringComparer.Ordinal))}.");
            role.RuleForEach(x => x.Classes).Must(descriptorClasses.Contains).WithErrorCode("rules.unknown-class")
                .WithMessage((_, c) => $"Unknown descriptor class '{c}'; known: {string.Join(", ", descriptorClasses.Order(StringComparer.Ordinal))}.");
            role.RuleForEach(x => x.Active).Must(RoleSources.IsKnown).WithErrorCode("rules.unknown-source").WithMessage((_, s) => $"Unknown role source '{s}'.");
            role.RuleForEach(x => x.Passive).Must(RoleSources.IsKnown).WithErrorCode("rules.unknown-source").WithMessage((_, s) => $"Unknown role source '{s}'.");
            role.RuleForEach(x => x.Noun).Must(RoleSources.IsKnown).WithErrorCode("rules.unknown-source").WithMessage((_, s) => $"Unknown role source '{s}'.");
        });
        RuleFor(r => r.CountRole).Must((r, c) => c is null || r.Roles.Any(x => x.Name == c))
            .WithErrorCode("rules.unknown-role").WithMessage(r => $"count-role '{r.CountRole}' is not one of the rule's roles.");
        RuleFor(r => r.Examples).Must(e => e.Count(x => x.ShouldMatch) >= 3)
            .WithErrorCode("rules.examples").WithMessage("A rule needs at least three match examples.");
        RuleFor(r => r.Examples).Must(e => e.Count(x => !x.ShouldMatch) >= 2)
            .WithErrorCode("rules.examples").WithMessage("A rule needs at least two no-match examples.");
        RuleForEach(r => r.Examples).Must(e => e.Published is null || DateOnly.TryParseExact(e.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithErrorCode("rules.bad-date").WithMessage((_, e) => $"published: '{e.Published}' is not a date written as YYYY-MM-DD.");
        RuleForEach(r => r.Examples).Must((r, e) => e.Expect.Keys.All(k => ExampleKeys.Contains(k) || r.Roles.Any(x => x.Name == k)))
            .WithErrorCode("rules.unknown-role")
            .WithMessage((r, e) => $"Example expects '{string.Join(", ", e.Expect.Keys.Where(k => !ExampleKeys.Contains(k) && r.Roles.All(x => x.Name != k)))}', which is neither a role of the rule nor one of {string.Join(", ", ExampleKeys)}.");
    }

    /// <summary>
    /// What the engine can match: words made of letters and digits, joined by spaces, hyphens, apostrophes or dots;
    /// or one punctuation token (a comma, semicolon or colon), which a word list may name ("cancel-after: [',']").
    /// </summary>
    private static bool IsPlainWords(string words) =>
        words is "," or ";" or ":"
        || !string.IsNullOrWhiteSpace(words) && words.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '\u2019' or '.');

    private static readonly string[] ExampleKeys = ["date", "count", "qualifier", "polarity", "measure", "hedged"];
}

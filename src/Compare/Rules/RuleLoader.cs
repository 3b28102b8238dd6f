using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compare.Rules;

/// <summary>
/// Loads a rules folder: <c>actors.yaml</c>, <c>event-types.yaml</c>, <c>lexicons/*.yaml</c> and
/// <c>events/*.yaml</c>. YAML becomes DTOs, DTOs are validated (all errors at once, each with file, line, column,
/// rule id and a stable code), and only a fully valid folder is compiled into a <see cref="RuleSet"/>.
/// </summary>
internal static class RuleLoader
{
    public static RuleLoadResult Load(string folder)
    {
        var errors = new List<RuleError>();
        if (!Directory.Exists(folder))
        {
            errors.Add(new RuleError(new SourceLocation(folder, 0, 0), "rules.missing-folder", $"The rules folder '{folder}' does not exist; pass --rules DIR.", null, null));
            return new RuleLoadResult(null, [.. errors]);
        }

        var lexicons = LoadLexicons(folder, errors);
        var types = LoadEventTypes(Path.Combine(folder, "event-types.yaml"), errors);
        var actors = LoadActors(Path.Combine(folder, "actors.yaml"), errors);
        var dtos = new List<EventRuleDto>();
        var eventsFolder = Path.Combine(folder, "events");
        var files = Directory.Exists(eventsFolder)
            ? Directory.GetFiles(eventsFolder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            errors.Add(new RuleError(new SourceLocation(eventsFolder, 0, 0), "rules.no-rules", "No event rules found; put rule files in events/*.yaml.", null, null));
        }

        foreach (var file in files)
        {
            dtos.AddRange(ReadRuleFile(file, folder, errors));
        }

        var typeIds = types.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var validator = new EventRuleDtoValidator(typeIds, lexicons.DescriptorClasses.Values.ToHashSet(StringComparer.Ordinal),
            lexicons.Cue("support").Select(c => string.Join(' ', c)).ToHashSet(StringComparer.Ordinal));
        foreach (var dto in dtos)
        {
            foreach (var failure in validator.Validate(dto).Errors)
            {
                var (location, path) = Locate(dto, failure.PropertyName);
                errors.Add(new RuleError(location, failure.ErrorCode, failure.ErrorMessage, dto.Id, path));
            }
        }

        foreach (var group in dtos.Where(d => d.Id is not null).GroupBy(d => d.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var dup in group.Skip(1))
            {
                errors.Add(new RuleError(dup.Location, "rules.duplicate-id", $"Rule id '{group.Key}' is used more than once (first at {group.First().Location}).", group.Key, "id"));
            }
        }

        foreach (var dto in dtos.Where(d => d.Converse is not null))
        {
            var other = dtos.FirstOrDefault(d => d.Id == dto.Converse);
            if (other is null)
            {
                errors.Add(new RuleError(dto.Location, "rules.unknown-converse", $"Converse rule '{dto.Converse}' does not exist.", dto.Id, "converse"));
            }
            else if (other.Event != dto.Event)
            {
                errors.Add(new RuleError(dto.Location, "rules.converse-type", $"Converse rule '{dto.Converse}' has event type '{other.Event}', not '{dto.Event}'.", dto.Id, "converse"));
            }
        }

        CheckEventTypeRoles(types, dtos, errors);

        if (errors.Count > 0)
        {
            return new RuleLoadResult(null, [.. errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ThenBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)]);
        }

        var rules = dtos.Select(d => Compile(d, lexicons)).OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray();
        return new RuleLoadResult(
            new RuleSet(rules, types.ToImmutableDictionary(t => t.Id, StringComparer.Ordinal), [.. actors], lexicons),
            []);
    }

    /// <summary>
    /// Where a validation failure stands and its property path as the YAML spells it: a failure inside a role or an
    /// example points at that role or example, and roles are named ("roles.agent.kinds[1]", not "Roles[0].Kinds[1]").
    /// </summary>
    private static (SourceLocation Location, string Path) Locate(EventRuleDto dto, string property)
    {
        var path = YamlPath(property);
        if (TryIndex(property, "Roles[", out var role, out var rest) && role < dto.Roles.Count)
        {
            return (dto.Roles[role].Location, $"roles.{dto.Roles[role].Name}{YamlPath(rest)}");
        }

        if (TryIndex(property, "Examples[", out var example, out _) && example < dto.Examples.Count)
        {
            var e = dto.Examples[example];
            var kind = e.ShouldMatch ? "match" : "no-match";
            var within = dto.Examples.Take(example).Count(x => x.ShouldMatch == e.ShouldMatch);
            return (e.Location, string.Create(CultureInfo.InvariantCulture, $"examples.{kind}[{within}]"));
        }

        return (dto.Location, path);

        static string YamlPath(string p) => string.Concat(p.Select((c, i) => char.IsUpper(c) ? (i > 0 && p[i - 1] != '.' ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
    }

    private static bool TryIndex(string property, string prefix, out int index, out string rest)
    {
        index = -1;
        rest = string.Empty;
        if (!property.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = property.IndexOf(']', prefix.Length);
        if (close < 0 || !int.TryParse(property.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        rest = property[(close + 1)..];
        return true;
    }

    /// <summary>
    /// Every role an event type pools or matches one by one must be a role of at least one rule of that type;
    /// otherwise a misspelt name ("vistor") silently stops claims from being aligned.
    /// </summary>
    private static void CheckEventTypeRoles(List<EventTypeSpec> types, List<EventRuleDto> dtos, List<RuleError> errors)
    {
        foreach (var type in types)
        {
            var roles = dtos.Where(d => d.Event == type.Id).SelectMany(d => d.Roles.Select(r => r.Name)).ToHashSet(StringComparer.Ordinal);
            if (roles.Count == 0)
            {
                continue;
            }

            foreach (var (list, key) in new[] { (type.Pool, "pool"), (type.Each, "each") })
            {
                foreach (var name in list.Where(n => !roles.Contains(n)))
                {
                    errors.Add(new RuleError(
                        type.Location,
                        "rules.unknown-role",
                        $"Event type '{type.Id}' names the role '{name}' in '{key}', but no rule of that type has it; known: {string.Join(", ", roles.Order(StringComparer.Ordinal))}.",
                        type.Id,
                        key));
                }
            }
        }
    }

    private static YamlNode? Parse(string file, string folder, List<RuleError> errors, bool required = true)
    {
        var shown = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".", file).Replace('\\', '/');
        if (!File.Exists(file))
        {
            if (required)
            {
                errors.Add(new RuleError(new SourceLocation(shown, 0, 0), "rules.missing-file", $"The rule file '{shown}' is missing.", null, null));
            }

            return null;
        }

        string text;
        try
        {
            var bytes = File.ReadAllBytes(file);
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            text = new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new RuleError(new SourceLocation(shown, 1, 1), "rules.encoding", $"The rule file '{shown}' is not valid UTF-8; save it as UTF-8.", null, null));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new RuleError(new SourceLocation(shown, 0, 0), "rules.unreadable", $"The rule file '{shown}' could not be read ({ex.Message.TrimEnd('.')}).", null, null));
            return null;
        }

        try
        {
            var stream = YamlDepthGuard.Load(text);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlDepthGuard.TooDeepException deep)
        {
            errors.Add(new RuleError(new SourceLocation(shown, deep.Line, deep.Column), "rules.too-deep", $"Lists and mappings are nested more than {YamlDepthGuard.MaxDepth} levels deep; no rule needs that, so the file is not read further.", null, null));
            return null;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            errors.Add(new RuleError(new SourceLocation(shown, (int)ex.Start.Line, (int)ex.Start.Column), "rules.yaml-syntax", $"YAML syntax error: {message}", null, null));
            return null;
        }
    }

    private static string Shown(string file, string folder) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".", file).Replace('\\', '/');

    private static IEnumerable<EventRuleDto> ReadRuleFile(string file, string folder, List<RuleError> errors)
    {
        var root = Parse(file, folder, errors);
        if (root is null)
        {
            yield break;
        }

        var y = new YamlNodeReader(Shown(file, folder), errors);
        var top = y.Mapping(root, "file", null, "rules");
        foreach (var node in y.Sequence(top, "rules", "file", null))
        {
            var idNode = (node as YamlMappingNode)?.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == "id").Value as YamlScalarNode;
            var id = idNode?.Value;
            var m = y.Mapping(node, "rule", id, "id", "event", "converse", "triggers", "roles", "measures", "count-role", "require-words", "require-kinds", "require-context", "require-count", "require-passive", "irrealis", "dated-at-end", "examples");
            var dto = new EventRuleDto
            {
                Id = id,
                Event = y.Scalar(m, "event", "rule", id),
                Converse = y.Scalar(m, "converse", "rule", id),
                CountRole = y.Scalar(m, "count-role", "rule", id),
                RequireWords = y.Strings(m, "require-words", "rule", id),
                RequireKinds = y.Strings(m, "require-kinds", "rule", id),
                RequireContext = y.Strings(m, "require-context", "rule", id),
                RequireCount = y.Scalar(m, "require-count", "rule", id) == "true",
                RequirePassive = y.Scalar(m, "require-passive", "rule", id) == "true",
                Irrealis = y.Scalar(m, "irrealis", "rule", id) == "true",
                DatedAtEnd = y.Scalar(m, "dated-at-end", "rule", id) == "true",
                Location = y.Where(node),
            };
            if (m.TryGetValue("triggers", out var triggersNode))
            {
                var t = y.Mapping(triggersNode, "triggers", id, "verbs", "nouns", "weak-verbs", "weak-nouns", "cancel-after", "cancel-near", "require-after", "supports");
                dto.Verbs = y.Strings(t, "verbs", "triggers", id);
                dto.Nouns = y.Strings(t, "nouns", "triggers", id);
                dto.WeakVerbs = y.Strings(t, "weak-verbs", "triggers", id);
                dto.WeakNouns = y.Strings(t, "weak-nouns", "triggers", id);
                dto.CancelAfter = y.Strings(t, "cancel-after", "triggers", id);
                dto.RequireAfter = y.Strings(t, "require-after", "triggers", id);
                dto.CancelNear = y.Strings(t, "cancel-near", "triggers", id);
                dto.Supports = y.Strings(t, "supports", "triggers", id);
            }

            if (m.TryGetValue("roles", out var rolesNode))
            {
                foreach (var (name, roleNode) in y.Mapping(rolesNode, "roles", id))
                {
                    var r = y.Mapping(roleNode, $"roles.{name}", id, "kinds", "classes", "not-roles", "active", "passive", "noun", "required", "many");
                    var notRoles = y.Strings(r, "not-roles", $"roles.{name}", id);
                    foreach (var role in notRoles.Where(x => !Actor.KnownRoles.Contains(x)))
                    {
                        y.Error(r["not-roles"], "rules.unknown-actor-role", $"Actor role '{role}' is not one of: {string.Join(", ", Actor.KnownRoles)}.", id, $"roles.{name}.not-roles");
                    }

                    dto.Roles.Add(new RoleDto
                    {
                        Name = name,
                        Kinds = y.Strings(r, "kinds", $"roles.{name}", id),
                        Classes = y.Strings(r, "classes", $"roles.{name}", id),
                        NotRoles = notRoles,
                        Active = y.Strings(r, "active", $"roles.{name}", id),
                        Passive = y.Strings(r, "passive", $"roles.{name}", id),
                        Noun = y.Strings(r, "noun", $"roles.{name}", id),
                        Required = y.Scalar(r, "required", $"roles.{name}", id) == "true",
                        Many = y.Scalar(r, "many", $"roles.{name}", id) == "true",
                        Location = y.Where(roleNode),
                    });
                }
            }

            if (m.TryGetValue("measures", out var measuresNode))
            {
                var mm = y.Mapping(measuresNode, "measures", id);
                foreach (var name in mm.Keys)
                {
                    dto.Measures[name] = y.Strings(mm, name, "measures", id);
                }
            }

            if (m.TryGetValue("examples", out var examplesNode))
            {
                var e = y.Mapping(examplesNode, "examples", id, "match", "no-match");
                foreach (var ex in y.Sequence(e, "match", "examples", id))
                {
                    var em = y.Mapping(ex, "examples.match", id, "text", "expect", "published");
                    var example = new ExampleDto
                    {
                        Text = y.Scalar(em, "text", "examples.match", id) ?? string.Empty,
                        ShouldMatch = true,
                        Published = y.Scalar(em, "published", "examples.match", id),
                        Location = y.Where(ex),
                    };
                    if (em.TryGetValue("expect", out var expectNode))
                    {
                        foreach (var key in y.Mapping(expectNode, "examples.match.expect", id).Keys)
                        {
                            var xm = y.Mapping(expectNode, "examples.match.expect", id);
                            example.Expect[key] = y.Scalar(xm, key, "examples.match.expect", id) ?? string.Empty;
                        }
                    }

                    dto.Examples.Add(example);
                }

                foreach (var ex in y.Sequence(e, "no-match", "examples", id))
                {
                    dto.Examples.Add(new ExampleDto { Text = (ex as YamlScalarNode)?.Value ?? string.Empty, ShouldMatch = false, Location = y.Where(ex) });
                }
            }

            yield return dto;
        }
    }

    private static EventRule Compile(EventRuleDto d, Lexicons lexicons)
    {
        var irregular = lexicons.IrregularVerbs;
        TriggerPhrase Phrase(string lemma, bool noun, bool weak) => new(lemma, noun, weak, Inflector.Forms(lemma, noun, irregular));
        var triggers = d.Verbs.Select(v => Phrase(v, false, false))
            .Concat(d.Nouns.Select(n => Phrase(n, true, false)))
            .Concat(d.WeakVerbs.Select(v => Phrase(v, false, true)))
            .Concat(d.WeakNouns.Select(n => Phrase(n, true, true)))
            .ToImmutableArray();
        var roles = d.Roles.Select(r => new RoleSpec(r.Name, [.. r.Kinds], [.. r.Classes], [.. r.Active], [.. r.Passive], [.. r.Noun], r.Required, r.Many) { NotRoles = [.. r.NotRoles] }).ToImmutableArray();
        var measures = d.Measures.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new MeasureSpec(kv.Key, [.. kv.Value.SelectMany(w => new[] { Phrase(w, false, false), Phrase(w, true, false) })]))
            .ToImmutableArray();
        var examples = d.Examples.Select(e => new RuleExample(e.Text, e.ShouldMatch, e.Expect.ToImmutableDictionary(StringComparer.Ordinal), e.Published, e.Location)).ToImmutableArray();
        var requireWords = d.RequireWords.Select(w => w.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()).ToImmutableArray();
        return new EventRule(d.Id!, d.Event!, triggers, [.. d.CancelAfter], [.. d.RequireAfter], roles, measures, d.CountRole, d.Converse, d.Irrealis, examples, d.Location)
        {
            RequireWords = requireWords,
            RequireKinds = [.. d.RequireKinds],
            RequireContext = [.. d.RequireContext.Select(w => w.ToLowerInvariant())],
            RequireCount = d.RequireCount,
            RequirePassive = d.RequirePassive,
            CancelNear = [.. d.CancelNear],
            Supports = [.. d.Supports],
            DatedAtEnd = d.DatedAtEnd,
        };
    }

    private static List<EventTypeSpec> LoadEventTypes(string file, List<RuleError> errors)
    {
        var list = new List<EventTypeSpec>();
        var folder = Path.GetDirectoryName(file)!;
        var root = Parse(file, folder, errors);
        if (root is null)
        {
            return list;
        }

        var y = new YamlNodeReader(Shown(file, folder), errors);
        var top = y.Mapping(root, "file", null, "event-types");
        foreach (var node in y.Sequence(top, "event-types", "file", null))
        {
            var m = y.Mapping(node, "event-type", null, "id", "label", "pool", "each", "strict-each", "date-only", "place-implies-host", "count-is-identity", "tolerance-days", "compare", "questions");
            var id = y.Scalar(m, "id", "event-type", null);
            if (string.IsNullOrEmpty(id))
            {
                y.Error(node, "rules.missing-field", "Every event type needs an 'id'.");
                continue;
            }

            var questions = new Dictionary<string, string>(StringComparer.Ordinal);
            if (m.TryGetValue("questions", out var qNode))
            {
                var qm = y.Mapping(qNode, "questions", id);
                foreach (var key in qm.Keys)
                {
                    questions[key] = y.Scalar(qm, key, "questions", id) ?? string.Empty;
                }
            }

            var toleranceText = y.Scalar(m, "tolerance-days", "event-type", id) ?? "0";
            if (!int.TryParse(toleranceText, NumberStyles.None, CultureInfo.InvariantCulture, out var tolerance))
            {
                y.Error(m["tolerance-days"], "rules.type", "tolerance-days must be a whole number of days.", id, "tolerance-days");
            }

            list.Add(new EventTypeSpec(
                id,
                y.Scalar(m, "label", "event-type", id) ?? id,
                [.. y.Strings(m, "pool", "event-type", id)],
                [.. y.Strings(m, "each", "event-type", id)],
                y.Scalar(m, "date-only", "event-type", id) == "true",
                y.Scalar(m, "place-implies-host", "event-type", id) == "true",
                y.Scalar(m, "count-is-identity", "event-type", id) == "true",
                tolerance,
                [.. y.Strings(m, "compare", "event-type", id)],
                questions.ToImmutableDictionary(StringComparer.Ordinal),
                y.Where(node))
            {
                StrictEach = y.Scalar(m, "strict-each", "event-type", id) is "true" or "across-polarity",
                StrictEachAcrossPolarityOnly = y.Scalar(m, "strict-each", "event-type", id) == "across-polarity",
            });
        }

        return list;
    }

    private static List<Actor> LoadActors(string file, List<RuleError> errors)
    {
        var list = new List<Actor>();
        var folder = Path.GetDirectoryName(file)!;
        var root = Parse(file, folder, errors);
        if (root is null)
        {
            return list;
        }

        var y = new YamlNodeReader(Shown(file, folder), errors);
        var top = y.Mapping(root, "file", null, "actors");
        var nodes = y.Sequence(top, "actors", "file", null).ToList();
        var refs = new List<(YamlNode Node, string Id, string Field, string Target)>();
        foreach (var node in nodes)
        {
            var m = y.Mapping(node, "actor", null, "id", "name", "kind", "aliases", "demonyms", "in", "stands-for", "member-of", "titles", "roles");
            var id = y.Scalar(m, "id", "actor", null);
            var name = y.Scalar(m, "name", "actor", id);
            var kind = y.Scalar(m, "kind", "actor", id);
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name) || string.IsNullOrEmpty(kind))
            {
                y.Error(node, "rules.missing-field", "Every actor needs 'id', 'name' and 'kind'.", id);
                continue;
            }

            if (!EntityKinds.All.Contains(kind) || kind == EntityKinds.Group)
            {
                y.Error(m["kind"], "rules.unknown-kind", $"Unknown actor kind '{kind}'; use person, organisation, country, city, region or weapon.", id, "kind");
            }

            var titles = new List<TitleRecord>();
            foreach (var t in y.Sequence(m, "titles", "actor", id))
            {
                var tm = y.Mapping(t, "titles", id, "title", "of", "from", "to");
                var from = ParseDate(y, tm, "from", id);
                var to = ParseDate(y, tm, "to", id);
                var title = y.Scalar(tm, "title", "titles", id);
                if (string.IsNullOrEmpty(title))
                {
                    y.Error(t, "rules.missing-field", "A title needs 'title'.", id, "titles");
                    continue;
                }

                var of = y.Scalar(tm, "of", "titles", id);
                if (of is not null)
                {
                    refs.Add((t, id, "titles.of", of));
                }

                titles.Add(new TitleRecord(title.ToLowerInvariant(), of, from, to));
            }

            var inPlace = y.Scalar(m, "in", "actor", id);
            var standsFor = y.Scalar(m, "stands-for", "actor", id);
            var memberOf = y.Strings(m, "member-of", "actor", id);
            if (inPlace is not null)
            {
                refs.Add((m["in"], id, "in", inPlace));
            }

            if (standsFor is not null)
            {
                refs.Add((m["stands-for"], id, "stands-for", standsFor));
            }

            foreach (var member in memberOf)
            {
                refs.Add((m["member-of"], id, "member-of", member));
            }

            var roles = y.Strings(m, "roles", "actor", id);
            foreach (var role in roles.Where(r => !Actor.KnownRoles.Contains(r)))
            {
                y.Error(m["roles"], "rules.unknown-actor-role", $"Actor role '{role}' is not one of: {string.Join(", ", Actor.KnownRoles)}.", id, "roles");
            }

            list.Add(new Actor(id, name, kind, [.. y.Strings(m, "aliases", "actor", id)], [.. y.Strings(m, "demonyms", "actor", id)], inPlace, standsFor, [.. memberOf], [.. titles], y.Where(node))
            {
                Roles = [.. roles],
            });
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in list)
        {
            if (!ids.Add(actor.Id))
            {
                errors.Add(new RuleError(actor.Location, "rules.duplicate-id", $"Actor id '{actor.Id}' is used more than once.", actor.Id, "id"));
            }
        }

        foreach (var (node, id, field, target) in refs)
        {
            if (!ids.Contains(target))
            {
                y.Error(node, "rules.unknown-actor", $"'{field}' names '{target}', which is not an actor id.", id, field);
            }
        }

        return list;
    }

    private static DateOnly? ParseDate(YamlNodeReader y, Dictionary<string, YamlNode> map, string key, string? id)
    {
        var text = y.Scalar(map, key, "titles", id);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        y.Error(map[key], "rules.bad-date", $"'{text}' is not a date written as YYYY-MM-DD.", id, $"titles.{key}");
        return null;
    }

    private static Lexicons LoadLexicons(string folder, List<RuleError> errors)
    {
        var lexFolder = Path.Combine(folder, "lexicons");
        var cues = new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var offices = new List<string>();
        var roles = new List<string>();
        var ranks = new List<ImmutableArray<string>>();
        var irregular = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var notNames = new HashSet<string>(StringComparer.Ordinal);
        var orgWords = new HashSet<string>(StringComparer.Ordinal);
        static ImmutableArray<string> Words(string phrase) => [.. phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)];

        var cueFile = Path.Combine(lexFolder, "cues.yaml");
        if (Parse(cueFile, folder, errors) is { } cueRoot)
        {
            var y = new YamlNodeReader(Shown(cueFile, folder), errors);
            var m = y.Mapping(cueRoot, "file", null, "cues");
            if (m.TryGetValue("cues", out var cueNode))
            {
                var cm = y.Mapping(cueNode, "cues", null, "denial", "negation", "hedge", "attribution", "irrealis", "support", "retraction", "self-reference", "refutation", "event-noun", "body-name", "resolution-word");
                foreach (var kind in cm.Keys)
                {
                    cues[kind] = [.. y.Strings(cm, kind, "cues", null).Select(Words)];
                }
            }
        }

        var descFile = Path.Combine(lexFolder, "descriptors.yaml");
        if (Parse(descFile, folder, errors) is { } descRoot)
        {
            var y = new YamlNodeReader(Shown(descFile, folder), errors);
            var m = y.Mapping(descRoot, "file", null, "descriptors");
            if (m.TryGetValue("descriptors", out var dNode))
            {
                var dm = y.Mapping(dNode, "descriptors", null);
                foreach (var cls in dm.Keys)
                {
                    foreach (var head in y.Strings(dm, cls, "descriptors", null))
                    {
                        classes[head.ToLowerInvariant()] = cls;
                    }
                }
            }
        }

        var titleFile = Path.Combine(lexFolder, "titles.yaml");
        if (Parse(titleFile, folder, errors) is { } titleRoot)
        {
            var y = new YamlNodeReader(Shown(titleFile, folder), errors);
            var m = y.Mapping(titleRoot, "file", null, "offices", "roles", "ranks");
            offices.AddRange(y.Strings(m, "offices", "titles", null).Select(s => s.ToLowerInvariant()));
            roles.AddRange(y.Strings(m, "roles", "titles", null).Select(s => s.ToLowerInvariant()));
            // A rank is a list of its written forms, the first the one reported; a single value is a rank written
            // one way.
            foreach (var rank in y.Sequence(m, "ranks", "titles", null))
            {
                var forms = rank switch
                {
                    YamlScalarNode { Value: { } one } => [one],
                    YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(f => f.Value).OfType<string>().ToList(),
                    _ => [],
                };
                if (forms.Count == 0 || rank is YamlSequenceNode { Children.Count: var count } && count != forms.Count)
                {
                    y.Error(rank, "rules.type", "titles.ranks must hold values or lists of values.", null, "titles.ranks");
                    continue;
                }

                ranks.Add([.. forms.Select(f => f.Trim().ToLowerInvariant())]);
            }
        }

        var verbFile = Path.Combine(lexFolder, "verbs.yaml");
        if (Parse(verbFile, folder, errors) is { } verbRoot)
        {
            var y = new YamlNodeReader(Shown(verbFile, folder), errors);
            var m = y.Mapping(verbRoot, "file", null, "irregular");
            if (m.TryGetValue("irregular", out var vNode))
            {
                var vm = y.Mapping(vNode, "irregular", null);
                foreach (var lemma in vm.Keys)
                {
                    irregular[lemma.ToLowerInvariant()] = [.. y.Strings(vm, lemma, "irregular", null).Select(s => s.ToLowerInvariant())];
                }
            }
        }

        var nameFile = Path.Combine(lexFolder, "names.yaml");
        if (Parse(nameFile, folder, errors) is { } nameRoot)
        {
            var y = new YamlNodeReader(Shown(nameFile, folder), errors);
            var m = y.Mapping(nameRoot, "file", null, "not-names", "organisation-words");
            notNames.UnionWith(y.Strings(m, "not-names", "names", null));
            orgWords.UnionWith(y.Strings(m, "organisation-words", "names", null));
        }

        // Cue verbs are lemmas: add their irregular forms ("say": said; "tell": told), as for triggers.
        foreach (var kind in cues.Keys.ToList())
        {
            cues[kind] = [.. cues[kind].SelectMany(cue => irregular.TryGetValue(cue[0], out var forms)
                ? forms.Select(f => cue.SetItem(0, f)).Prepend(cue)
                : [cue]).Distinct(CueComparer.Instance)];
        }

        return new Lexicons(
            cues.ToImmutableDictionary(StringComparer.Ordinal),
            classes.ToImmutableDictionary(StringComparer.Ordinal),
            [.. offices.OrderByDescending(o => o.Length).ThenBy(o => o, StringComparer.Ordinal)],
            [.. roles.OrderByDescending(o => o.Length).ThenBy(o => o, StringComparer.Ordinal)],
            [.. ranks],
            irregular.ToImmutableDictionary(StringComparer.Ordinal),
            notNames,
            orgWords);
    }
}

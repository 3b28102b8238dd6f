using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Compare.Rules;

/// <summary>
/// Keeps a loaded rule set in a compact binary form, so that a later run over the same rules reads one file instead of
/// parsing every YAML file and validating every rule. Only rules that loaded without errors and whose examples all
/// held are kept (the caller decides), under a name made of <see cref="RuleCheckCache.Key"/> (every <c>.yaml</c> file
/// and the engine build) and the name the rules folder is shown by, since file locations in the rules name it.
/// </summary>
/// <remarks>
/// The files live in <c>rule-sets</c> under the <see cref="CacheFolder"/>. A file that is missing, truncated, from
/// another format version or otherwise unreadable is ignored and the rules are loaded from YAML as usual, so the
/// cache can only save time, never change a result. Writing goes to a temporary file that is then renamed, so a
/// reader never sees half a file.
/// </remarks>
internal static class RuleSetCache
{
    private const string Magic = "compare-rule-set";

    // Raised whenever the layout below changes, so that files of an older layout are ignored.
    private const int FormatVersion = 8;

    /// <summary>The cache file's name for the rules named by <paramref name="key"/> and read from <paramref name="folder"/>.</summary>
    public static string Name(string key, string folder)
    {
        var shownAs = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\0" + shownAs));
        return Convert.ToHexStringLower(bytes) + ".rules";
    }

    /// <summary>The rule set kept under <paramref name="name"/>, or null when there is none that can be read.</summary>
    public static RuleSet? TryRead(string name)
    {
        if (CacheFolder.Sub("rule-sets") is not { } dir)
        {
            return null;
        }

        try
        {
            var path = Path.Combine(dir, name);
            if (!File.Exists(path))
            {
                return null;
            }

            return TryFromBytes(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The rule set in <paramref name="bytes"/>, or null when they are not a whole rule set of this format.</summary>
    public static RuleSet? TryFromBytes(byte[] bytes)
    {
        try
        {
            return FromBytes(bytes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or FormatException or OverflowException)
        {
            // EndOfStreamException is an IOException; a damaged string length or character is an ArgumentException or
            // a FormatException; a damaged date an ArgumentOutOfRangeException.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="rules"/> under <paramref name="name"/>; a cache that cannot be written is left alone.</summary>
    public static void Write(string name, RuleSet rules)
    {
        if (CacheFolder.Sub("rule-sets") is not { } dir)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, name);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, ToBytes(rules));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Next run loads the rules from YAML again.
        }
    }

    /// <summary>The binary form of <paramref name="rules"/>.</summary>
    public static byte[] ToBytes(RuleSet rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            Write(writer, rules);
        }

        return stream.ToArray();
    }

    /// <summary>The rule set in <paramref name="bytes"/> (the form <see cref="ToBytes"/> writes).</summary>
    public static RuleSet FromBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        return Read(reader);
    }

    private static void Write(BinaryWriter w, RuleSet rules)
    {
        w.Write(Magic);
        w.Write(FormatVersion);

        w.Write(rules.Rules.Length);
        foreach (var rule in rules.Rules)
        {
            WriteRule(w, rule);
        }

        // Sorted by id, so that the same rules always give the same bytes.
        var types = rules.EventTypes.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        w.Write(types.Count);
        foreach (var type in types)
        {
            WriteEventType(w, type);
        }

        w.Write(rules.Actors.Length);
        foreach (var actor in rules.Actors)
        {
            WriteActor(w, actor);
        }

        WriteLexicons(w, rules.Lexicons);
        w.Write(Magic);
    }

    private static RuleSet Read(BinaryReader r)
    {
        if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a rule set of this format version.");
        }

        var rules = ReadArray(r, ReadRule);
        var types = ReadArray(r, ReadEventType);
        var actors = ReadArray(r, ReadActor);
        var lexicons = ReadLexicons(r);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("The rule set does not end where it should.");
        }

        return new RuleSet(rules, types.ToImmutableDictionary(t => t.Id, StringComparer.Ordinal), actors, lexicons);
    }

    private static void WriteRule(BinaryWriter w, EventRule rule)
    {
        w.Write(rule.Id);
        w.Write(rule.EventType);
        WriteArray(w, rule.Triggers, WritePhrase);
        WriteStrings(w, rule.CancelAfter);
        WriteStrings(w, rule.RequireAfter);
        WriteArray(w, rule.Roles, WriteRole);
        WriteArray(w, rule.Measures, (w2, m) =>
        {
            w2.Write(m.Name);
            WriteArray(w2, m.Triggers, WritePhrase);
        });
        WriteOptional(w, rule.CountRole);
        WriteOptional(w, rule.Converse);
        w.Write(rule.Irrealis);
        WriteArray(w, rule.Examples, WriteExample);
        WriteLocation(w, rule.Location);
        WriteStringLists(w, rule.RequireWords);
        WriteStrings(w, rule.RequireKinds);
        w.Write(rule.RequireCount);
        w.Write(rule.RequirePassive);
        WriteStrings(w, rule.Supports);
        w.Write(rule.DatedAtEnd);
        WriteStrings(w, rule.CancelNear);
        WriteStrings(w, rule.RequireContext);
    }

    private static EventRule ReadRule(BinaryReader r)
    {
        var id = r.ReadString();
        var eventType = r.ReadString();
        var triggers = ReadArray(r, ReadPhrase);
        var cancelAfter = ReadStrings(r);
        var requireAfter = ReadStrings(r);
        var roles = ReadArray(r, ReadRole);
        var measures = ReadArray(r, r2 => new MeasureSpec(r2.ReadString(), ReadArray(r2, ReadPhrase)));
        var countRole = ReadOptional(r);
        var converse = ReadOptional(r);
        var irrealis = r.ReadBoolean();
        var examples = ReadArray(r, ReadExample);
        var location = ReadLocation(r);
        return new EventRule(id, eventType, triggers, cancelAfter, requireAfter, roles, measures, countRole, converse, irrealis, examples, location)
        {
            RequireWords = ReadStringLists(r),
            RequireKinds = ReadStrings(r),
            RequireCount = r.ReadBoolean(),
            RequirePassive = r.ReadBoolean(),
            Supports = ReadStrings(r),
            DatedAtEnd = r.ReadBoolean(),
            CancelNear = ReadStrings(r),
            RequireContext = ReadStrings(r),
        };
    }

    private static void WritePhrase(BinaryWriter w, TriggerPhrase phrase)
    {
        w.Write(phrase.Lemma);
        w.Write(phrase.IsNoun);
        w.Write(phrase.Weak);
        WriteStringLists(w, phrase.Forms);
    }

    private static TriggerPhrase ReadPhrase(BinaryReader r) =>
        new(r.ReadString(), r.ReadBoolean(), r.ReadBoolean(), ReadStringLists(r));

    private static void WriteRole(BinaryWriter w, RoleSpec role)
    {
        w.Write(role.Name);
        WriteStrings(w, role.Kinds);
        WriteStrings(w, role.Classes);
        WriteStrings(w, role.Active);
        WriteStrings(w, role.Passive);
        WriteStrings(w, role.Noun);
        w.Write(role.Required);
        w.Write(role.Many);
        WriteStrings(w, role.NotRoles);
    }

    private static RoleSpec ReadRole(BinaryReader r) =>
        new(r.ReadString(), ReadStrings(r), ReadStrings(r), ReadStrings(r), ReadStrings(r), ReadStrings(r), r.ReadBoolean(), r.ReadBoolean()) { NotRoles = ReadStrings(r) };

    private static void WriteExample(BinaryWriter w, RuleExample example)
    {
        w.Write(example.Text);
        w.Write(example.ShouldMatch);
        WriteMap(w, example.Expect);
        WriteOptional(w, example.Published);
        WriteLocation(w, example.Location);
    }

    private static RuleExample ReadExample(BinaryReader r) =>
        new(r.ReadString(), r.ReadBoolean(), ReadMap(r), ReadOptional(r), ReadLocation(r));

    private static void WriteEventType(BinaryWriter w, EventTypeSpec type)
    {
        w.Write(type.Id);
        w.Write(type.Label);
        WriteStrings(w, type.Pool);
        WriteStrings(w, type.Each);
        w.Write(type.DateOnly);
        w.Write(type.PlaceImpliesHost);
        w.Write(type.CountIsIdentity);
        w.Write(type.DateToleranceDays);
        WriteStrings(w, type.Compare);
        WriteMap(w, type.Questions);
        WriteLocation(w, type.Location);
        w.Write(type.StrictEach);
        w.Write(type.StrictEachAcrossPolarityOnly);
    }

    private static EventTypeSpec ReadEventType(BinaryReader r) =>
        new(r.ReadString(), r.ReadString(), ReadStrings(r), ReadStrings(r), r.ReadBoolean(), r.ReadBoolean(), r.ReadBoolean(), r.ReadInt32(), ReadStrings(r), ReadMap(r), ReadLocation(r))
        {
            StrictEach = r.ReadBoolean(),
            StrictEachAcrossPolarityOnly = r.ReadBoolean(),
        };

    private static void WriteActor(BinaryWriter w, Actor actor)
    {
        w.Write(actor.Id);
        w.Write(actor.Name);
        w.Write(actor.Kind);
        WriteStrings(w, actor.Aliases);
        WriteStrings(w, actor.Demonyms);
        WriteOptional(w, actor.In);
        WriteOptional(w, actor.StandsFor);
        WriteStrings(w, actor.MemberOf);
        WriteArray(w, actor.Titles, (w2, t) =>
        {
            w2.Write(t.Title);
            WriteOptional(w2, t.Of);
            WriteDate(w2, t.From);
            WriteDate(w2, t.To);
        });
        WriteLocation(w, actor.Location);
        WriteStrings(w, actor.Roles);
    }

    private static Actor ReadActor(BinaryReader r) =>
        new(r.ReadString(), r.ReadString(), r.ReadString(), ReadStrings(r), ReadStrings(r), ReadOptional(r), ReadOptional(r), ReadStrings(r),
            ReadArray(r, r2 => new TitleRecord(r2.ReadString(), ReadOptional(r2), ReadDate(r2), ReadDate(r2))), ReadLocation(r))
        {
            Roles = ReadStrings(r),
        };

    private static void WriteLexicons(BinaryWriter w, Lexicons lexicons)
    {
        var cues = lexicons.Cues.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(cues.Count);
        foreach (var (kind, list) in cues)
        {
            w.Write(kind);
            WriteStringLists(w, list);
        }

        WriteMap(w, lexicons.DescriptorClasses);
        WriteStrings(w, lexicons.Offices);
        WriteStrings(w, lexicons.Roles);
        WriteStringLists(w, lexicons.Ranks);
        var irregular = lexicons.IrregularVerbs.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(irregular.Count);
        foreach (var (verb, forms) in irregular)
        {
            w.Write(verb);
            WriteStrings(w, forms);
        }

        WriteStrings(w, [.. lexicons.NotNames.Order(StringComparer.Ordinal)]);
        WriteStrings(w, [.. lexicons.OrganisationWords.Order(StringComparer.Ordinal)]);
    }

    private static Lexicons ReadLexicons(BinaryReader r)
    {
        var cues = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        for (var n = ReadCount(r); n > 0; n--)
        {
            cues.Add(r.ReadString(), ReadStringLists(r));
        }

        var classes = ReadMap(r);
        var offices = ReadStrings(r);
        var roles = ReadStrings(r);
        var ranks = ReadStringLists(r);
        var irregular = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        for (var n = ReadCount(r); n > 0; n--)
        {
            irregular.Add(r.ReadString(), ReadStrings(r));
        }

        var notNames = new HashSet<string>(ReadStrings(r), StringComparer.Ordinal);
        var organisationWords = new HashSet<string>(ReadStrings(r), StringComparer.Ordinal);
        return new Lexicons(cues.ToImmutable(), classes, offices, roles, ranks, irregular.ToImmutable(), notNames, organisationWords);
    }

    private static void WriteLocation(BinaryWriter w, SourceLocation location)
    {
        w.Write(location.File);
        w.Write(location.Line);
        w.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader r) => new(r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private static void WriteDate(BinaryWriter w, DateOnly? date) => w.Write(date?.DayNumber ?? -1);

    private static DateOnly? ReadDate(BinaryReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteStrings(BinaryWriter w, ImmutableArray<string> values) => WriteArray(w, values, (w2, s) => w2.Write(s));

    private static ImmutableArray<string> ReadStrings(BinaryReader r) => ReadArray(r, r2 => r2.ReadString());

    private static void WriteStringLists(BinaryWriter w, ImmutableArray<ImmutableArray<string>> values) => WriteArray(w, values, WriteStrings);

    private static ImmutableArray<ImmutableArray<string>> ReadStringLists(BinaryReader r) => ReadArray(r, ReadStrings);

    private static void WriteMap(BinaryWriter w, ImmutableDictionary<string, string> map)
    {
        w.Write(map.Count);
        foreach (var (key, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(value);
        }
    }

    private static ImmutableDictionary<string, string> ReadMap(BinaryReader r)
    {
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var n = ReadCount(r); n > 0; n--)
        {
            map.Add(r.ReadString(), r.ReadString());
        }

        return map.ToImmutable();
    }

    private static void WriteArray<T>(BinaryWriter w, ImmutableArray<T> values, Action<BinaryWriter, T> write)
    {
        w.Write(values.IsDefault ? -1 : values.Length);
        if (!values.IsDefault)
        {
            foreach (var value in values)
            {
                write(w, value);
            }
        }
    }

    private static ImmutableArray<T> ReadArray<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count == -1)
        {
            return default;
        }

        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidDataException("A list's length is out of range.");
        }

        var items = new T[count];
        for (var k = 0; k < count; k++)
        {
            items[k] = read(r);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static int ReadCount(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position
            ? count
            : throw new InvalidDataException("A map's size is out of range.");
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace Compare.Benchmarks;

/// <summary>
/// <c>compare-builds --corpus DIR --old FOLDER --new FOLDER</c>: the one-core extraction of two builds of the engine,
/// each loaded from its folder's <c>Compare.dll</c> into a context of its own, whole passes over the corpus
/// alternated between them so that both see the same moments of a machine whose speed drifts. Prints each build's
/// median pass and rate and the ratio of paired passes (old over new: above 1 when the new build is faster).
/// </summary>
/// <remarks>
/// A folder needs only <c>Compare.dll</c> (a library build's output will do): the packages it uses are taken from
/// beside this program when the folder has none of its own.
/// </remarks>
internal sealed class CompareBuildsCommand : Command
{
    private readonly Option<string> _corpus = new("--corpus") { Description = "A generated corpus folder (articles/ and rules/)", Required = true };
    private readonly Option<string> _old = new("--old") { Description = "A folder with the first build's Compare.dll", Required = true };
    private readonly Option<string> _new = new("--new") { Description = "A folder with the second build's Compare.dll", Required = true };
    private readonly Option<int> _pairs = new("--pairs") { Description = "Measured pairs of passes", DefaultValueFactory = _ => 20 };
    private readonly Option<int> _warmUp = new("--warm-up") { Description = "Pairs of passes run first and not measured", DefaultValueFactory = _ => 6 };

    public CompareBuildsCommand()
        : base("compare-builds", "The one-core extraction of two builds, their passes alternated in one process")
    {
        Options.Add(_corpus);
        Options.Add(_old);
        Options.Add(_new);
        Options.Add(_pairs);
        Options.Add(_warmUp);
        SetAction(r =>
        {
            var corpus = Path.GetFullPath(r.GetValue(_corpus)!);
            var pairs = r.GetValue(_pairs);
            var warmUp = r.GetValue(_warmUp);
            if (pairs < 1 || warmUp < 0)
            {
                Console.Error.WriteLine("compare-builds: --pairs must be at least 1 and --warm-up at least 0.");
                return 2;
            }

            var folders = new[] { Path.GetFullPath(r.GetValue(_old)!), Path.GetFullPath(r.GetValue(_new)!) };
            foreach (var folder in folders.Where(f => !File.Exists(Path.Combine(f, "Compare.dll"))))
            {
                Console.Error.WriteLine($"compare-builds: {folder} has no Compare.dll.");
                return 2;
            }

            var bytes = Directory.GetFiles(Path.Combine(corpus, "articles")).Sum(f => new FileInfo(f).Length);
            var builds = folders.Select(f => LoadedBuild.Load(f, corpus)).ToArray();
            var times = new[] { new List<double>(), new List<double>() };
            for (var pair = 0; pair < warmUp + pairs; pair++)
            {
                for (var side = 0; side < 2; side++)
                {
                    var seconds = builds[side].TimedPass();
                    if (pair >= warmUp)
                    {
                        times[side].Add(seconds);
                    }
                }
            }

            var c = CultureInfo.InvariantCulture;
            string[] names = ["old", "new"];
            for (var side = 0; side < 2; side++)
            {
                var median = Quantile(times[side], 0.5);
                Console.WriteLine(string.Create(c, $"{names[side]}: {folders[side]}: median pass {median:F4} s ({bytes / 1e6 / median:F2} MB/s), best {times[side].Min():F4} s"));
            }

            var ratios = times[0].Zip(times[1], (o, n) => o / n).ToList();
            Console.WriteLine(string.Create(c, $"ratio of paired passes, old over new: median {Quantile(ratios, 0.5):F3}, quartiles {Quantile(ratios, 0.25):F3} and {Quantile(ratios, 0.75):F3} ({pairs} pairs after {warmUp} warm-up pairs, {bytes / 1e6:F1} MB a pass)"));
            return 0;
        });
    }

    // The value at the given fraction of the sorted values (the lower middle one for an even count's median).
    private static double Quantile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)((sorted.Length - 1) * fraction)];
    }

    /// <summary>One build of the engine, loaded in its own context, with the corpus read by that build.</summary>
    private sealed class LoadedBuild
    {
        private readonly Func<object, int> _analyse;
        private readonly object[] _articles;

        private LoadedBuild(Func<object, int> analyse, object[] articles)
        {
            _analyse = analyse;
            _articles = articles;
        }

        /// <summary>Loads the build in <paramref name="folder"/> and reads the corpus's rules and articles with it.</summary>
        /// <remarks>
        /// The build's types are not this program's, so its API is reached by reflection, once: the call of
        /// <c>ClaimExtractor.Analyse</c> is compiled into a delegate, so that a pass costs what it costs in the command.
        /// </remarks>
        public static LoadedBuild Load(string folder, string corpus)
        {
            var context = new BuildContext(folder);
            var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "Compare.dll"));
            Type TypeOf(string name) => assembly.GetType(name, throwOnError: true)!;

            var loaded = TypeOf("Compare.Rules.RuleLoader").GetMethod("Load", [typeof(string)])!.Invoke(null, [Path.Combine(corpus, "rules")])!;
            var rules = PropertyOf(loaded, "Rules") ?? throw new InvalidOperationException($"The corpus rules do not load with the build in {folder}.");
            var parseDateline = TypeOf("Compare.Recognition.Dates.DateRecognizer").GetMethod("ParseDateline", [typeof(string)])!;
            var readerType = TypeOf("Compare.Articles.ArticleReader");
            var readerConstructor = readerType.GetConstructors().First(k => k.GetParameters().Length == 1);
            var reader = readerConstructor.Invoke([Delegate.CreateDelegate(readerConstructor.GetParameters()[0].ParameterType, parseDateline)]);
            var read = readerType.GetMethods().First(m => m.Name == "Read" && m.GetParameters().Length == 1);
            var input = read.Invoke(reader, [new[] { Path.Combine(corpus, "articles") }])!;
            var articles = ((System.Collections.IEnumerable)PropertyOf(input, "Articles")!).Cast<object>().ToArray();

            var actors = Activator.CreateInstance(TypeOf("Compare.Recognition.ActorIndex"), [rules])!;
            var extractor = Activator.CreateInstance(TypeOf("Compare.Extraction.ClaimExtractor"), [rules, actors])!;
            var analyse = extractor.GetType().GetMethod("Analyse")!;
            var article = Expression.Parameter(typeof(object));

            // The article, then each later parameter's default (builds differ in how many optional ones they have).
            var parameters = analyse.GetParameters();
            var arguments = new Expression[parameters.Length];
            arguments[0] = Expression.Convert(article, parameters[0].ParameterType);
            for (var k = 1; k < parameters.Length; k++)
            {
                arguments[k] = Expression.Constant(parameters[k].HasDefaultValue ? parameters[k].DefaultValue : null, parameters[k].ParameterType);
            }

            var call = Expression.Call(Expression.Constant(extractor), analyse, arguments);
            var claims = Expression.Property(Expression.Property(call, "Claims"), "Length");
            return new LoadedBuild(Expression.Lambda<Func<object, int>>(claims, article).Compile(), articles);
        }

        /// <summary>One pass over every article; the wall time in seconds.</summary>
        public double TimedPass()
        {
            var clock = Stopwatch.StartNew();
            var claims = 0;
            foreach (var article in _articles)
            {
                claims += _analyse(article);
            }

            GC.KeepAlive(claims);
            return clock.Elapsed.TotalSeconds;
        }

        private static object? PropertyOf(object o, string name) =>
            o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(o);
    }

    /// <summary>Loads the assemblies of one build folder; what the folder lacks comes from the default context.</summary>
    private sealed class BuildContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public BuildContext(string folder)
            : base(folder)
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

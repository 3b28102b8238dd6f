using NUnit.Framework;
using OpenQA.Selenium.Chrome;

namespace Compare.Tests.Reporting;

/// <summary>
/// Starts the system's Chromium headless through its chromedriver, with a fresh profile and everything that would
/// reach the network switched off. Fails the test with a clear message when the browser or driver is missing:
/// a browser test that silently passes without a browser proves nothing.
/// </summary>
/// <remarks>
/// Paths come from <c>COMPARE_CHROMIUM</c> and <c>COMPARE_CHROMEDRIVER</c> when set, else from the usual Debian
/// locations and the PATH. Both paths are given to Selenium, so it never tries to download a browser or driver.
/// </remarks>
internal sealed class HeadlessChromium : IDisposable
{
    private const string InstallHint = "Install them with: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this when chromium is missing).";

    private readonly string _profile;

    private HeadlessChromium(ChromeDriver driver, string profile)
    {
        Driver = driver;
        _profile = profile;
    }

    public ChromeDriver Driver { get; }

    public static HeadlessChromium Start(int width = 1280, int height = 1800)
    {
        var browser = Locate("COMPARE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser", "chromium", "chromium-browser");
        var driverPath = Locate("COMPARE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "chromedriver");
        if (browser is null || driverPath is null)
        {
            Assert.Fail($"The browser test needs Chromium and its driver; found browser: {browser ?? "none"}, chromedriver: {driverPath ?? "none"}. {InstallHint}");
        }

        var profile = Directory.CreateTempSubdirectory("compare-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            $"--user-data-dir={profile}",
            $"--window-size={width},{height}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            // The machine may be busy with other builds: give the first start time.
            return new HeadlessChromium(new ChromeDriver(service, options, TimeSpan.FromMinutes(2)), profile);
        }
        catch (Exception ex) when (ex is not AssertionException)
        {
            service.Dispose();
            TryDelete(profile);
            Assert.Fail($"Chromium ({browser}) with chromedriver ({driverPath}) did not start: {ex.Message}. {InstallHint}");
            throw;
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        TryDelete(_profile);
    }

    private static string? Locate(string variable, params string[] candidates)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set)
        {
            return File.Exists(set) ? set : null;
        }

        foreach (var candidate in candidates)
        {
            if (Path.IsPathRooted(candidate))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                continue;
            }

            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; a stale temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

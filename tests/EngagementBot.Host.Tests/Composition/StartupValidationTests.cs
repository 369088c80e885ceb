using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EngagementBot.Host.Tests.Composition;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Bot:AppId")]
    [InlineData("Bot:AppPassword")]
    [InlineData("Bot:TenantId")]
    public void Start_ProductionWithoutBotSetting_RefusesAndNamesTheSetting(string missing)
    {
        var settings = new Dictionary<string, string>
        {
            ["Bot:AppId"] = "app",
            ["Bot:AppPassword"] = "secret",
            ["Bot:TenantId"] = "tenant",
        };
        settings.Remove(missing);
        var data = Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"), "bot.db");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:Sqlite:Path", data);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

        var error = Record.Exception(() => factory.Server);

        Assert.NotNull(error);
        Assert.Contains(missing, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_BrokenDialogDefinition_RefusesAndNamesTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "broken.json"), """{ "id": "broken", "title": "x", "steps": [ { "id": "a", "kind": "teleport" } ] }""");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(folder, "bot.db"));
            builder.UseSetting("Dialogs:Path", folder);
        });

        var error = Record.Exception(() => factory.Server);

        Assert.NotNull(error);
        Assert.Contains("broken.json", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? string.Empty : " | " + Flatten(error.InnerException));
}

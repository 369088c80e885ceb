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

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? string.Empty : " | " + Flatten(error.InnerException));
}

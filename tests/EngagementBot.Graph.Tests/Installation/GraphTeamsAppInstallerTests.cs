using System.Net;
using EngagementBot.Graph.Installation;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Graph.Tests.Installation;

public sealed class GraphTeamsAppInstallerTests
{
    [Fact]
    public async Task EnsureInstalledForUserAsync_AppMissing_ListsWithFilterThenInstallsByCatalogBind()
    {
        await using var host = await GraphTestHost.StartAsync();

        var outcome = await host.Get<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(TeamsAppInstallOutcome.Installed, outcome);
        Assert.True(host.Graph.IsInstalled(GraphIds.Worker, GraphIds.TeamsApp));
        Assert.Collection(
            host.Graph.Calls,
            list =>
            {
                Assert.Equal(("GET", $"/v1.0/users/{GraphIds.Worker}/teamwork/installedApps"), (list.Method, list.Path));
                Assert.Equal("teamsApp", list.Query["$expand"]);
                Assert.Equal($"teamsApp/id eq '{GraphIds.TeamsApp}'", list.Query["$filter"]);
            },
            install =>
            {
                Assert.Equal(("POST", $"/v1.0/users/{GraphIds.Worker}/teamwork/installedApps"), (install.Method, install.Path));
                Assert.Equal($"{host.Graph.BaseUrl}/appCatalogs/teamsApps/{GraphIds.TeamsApp}", install.Body?["teamsApp@odata.bind"]?.GetValue<string>());
            });
    }

    [Fact]
    public async Task EnsureInstalledForUserAsync_AppAlreadyInstalled_DoesNotInstallAgain()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.InstallApp(GraphIds.Worker, GraphIds.OtherTeamsApp).InstallApp(GraphIds.Worker, GraphIds.TeamsApp);

        var outcome = await host.Get<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(TeamsAppInstallOutcome.AlreadyInstalled, outcome);
        Assert.Empty(host.Graph.CallsTo(GraphRoute.InstallApp));
    }

    [Fact]
    public async Task EnsureInstalledForUserAsync_OnlyAnotherAppInstalled_InstallsOurs()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.InstallApp(GraphIds.Worker, GraphIds.OtherTeamsApp);

        var outcome = await host.Get<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(TeamsAppInstallOutcome.Installed, outcome);
        Assert.True(host.Graph.IsInstalled(GraphIds.Worker, GraphIds.TeamsApp));
    }

    [Fact]
    public async Task EnsureInstalledForUserAsync_InstallAnswers409_TreatsAsAlreadyInstalled()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.InstallApp, 1, GraphFault.Error(HttpStatusCode.Conflict, "Conflict"));

        var outcome = await host.Get<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(TeamsAppInstallOutcome.AlreadyInstalled, outcome);
        Assert.Single(host.Graph.CallsTo(GraphRoute.InstallApp));
    }

    [Fact]
    public async Task EnsureInstalledForUserAsync_InstallForbidden_ThrowsNonTransient()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.InstallApp, 1, GraphFault.Error(HttpStatusCode.Forbidden, "Forbidden"));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(403, error.StatusCode);
        Assert.StartsWith("install Teams app", error.Message, StringComparison.Ordinal);
    }
}

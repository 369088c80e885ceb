using System.Net;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Graph.Tests.Managers;

public sealed class GraphManagerDirectoryTests
{
    private static readonly FakeGraphUser Manager = new(GraphIds.Manager, "Morgan Manager", "morgan@contoso.example", "morgan.upn@contoso.example");

    [Fact]
    public async Task FindLineManagerAsync_ManagerInGraph_ReturnsIdNameMailAndUpn()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.AddUser(Manager).SetManager(GraphIds.Worker, GraphIds.Manager);

        var manager = await host.Get<IManagerDirectory>().FindLineManagerAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(new DirectoryUser(GraphIds.Manager, "Morgan Manager", "morgan@contoso.example", "morgan.upn@contoso.example"), manager);
        var call = Assert.Single(host.Graph.Calls);
        Assert.Equal("GET", call.Method);
        Assert.Equal($"/v1.0/users/{GraphIds.Worker}/manager", call.Path);
        Assert.Equal("id,displayName,mail,userPrincipalName", call.Query["$select"]);
        Assert.Equal("Bearer " + GraphIds.Token, call.Authorization);
    }

    [Fact]
    public async Task FindLineManagerAsync_NoManagerInGraph_ReturnsNull()
    {
        await using var host = await GraphTestHost.StartAsync();

        var manager = await host.Get<IManagerDirectory>().FindLineManagerAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Null(manager);
        Assert.Equal(GraphRoute.Manager, Assert.Single(host.Graph.Calls).Route);
    }

    [Fact]
    public async Task ResolveApproversAsync_ManagerWithDelegates_ReturnsManagerThenDelegatesWithoutRequesterOrDuplicates()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?>
        {
            [$"Graph:Delegates:{GraphIds.Manager}:0"] = GraphIds.Deputy,
            [$"Graph:Delegates:{GraphIds.Manager}:1"] = GraphIds.Worker,
            [$"Graph:Delegates:{GraphIds.Manager}:2"] = GraphIds.Deputy.ToUpperInvariant(),
            [$"Graph:Delegates:{GraphIds.Manager}:3"] = GraphIds.SecondDeputy,
            [$"Graph:Delegates:{GraphIds.Fallback}:0"] = GraphIds.Sender,
            ["Graph:FallbackManagerAadObjectId"] = GraphIds.Fallback,
        });
        host.Graph.AddUser(Manager).SetManager(GraphIds.Worker, GraphIds.Manager);

        var approvers = await host.Get<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(ApproverSource.LineManager, approvers.Source);
        Assert.Equal(GraphIds.Manager, approvers.Primary?.AadObjectId);
        Assert.Equal([GraphIds.Deputy, GraphIds.SecondDeputy], approvers.DelegateAadObjectIds);
        Assert.Equal([GraphIds.Manager, GraphIds.Deputy, GraphIds.SecondDeputy], approvers.AllAadObjectIds);
    }

    [Fact]
    public async Task ResolveApproversAsync_NoManagerButFallback_ReturnsFallbackAndItsDelegates()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:FallbackManagerAadObjectId"] = GraphIds.Fallback,
            [$"Graph:Delegates:{GraphIds.Fallback}:0"] = GraphIds.Deputy,
            [$"Graph:Delegates:{GraphIds.Manager}:0"] = GraphIds.SecondDeputy,
        });

        var approvers = await host.Get<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(ApproverSource.Fallback, approvers.Source);
        Assert.Equal(new DirectoryUser(GraphIds.Fallback, null, null, null), approvers.Primary);
        Assert.Equal([GraphIds.Deputy], approvers.DelegateAadObjectIds);
    }

    [Fact]
    public async Task ResolveApproversAsync_NoManagerAndNoFallback_ReturnsNobody()
    {
        await using var host = await GraphTestHost.StartAsync();

        var approvers = await host.Get<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(ApproverSource.None, approvers.Source);
        Assert.Null(approvers.Primary);
        Assert.Empty(approvers.AllAadObjectIds);
    }

    [Fact]
    public async Task ResolveApproversAsync_RequesterIsTheFallback_ReturnsNobody()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:FallbackManagerAadObjectId"] = GraphIds.Worker,
        });

        var approvers = await host.Get<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(ApproverSource.None, approvers.Source);
    }

    [Fact]
    public async Task ResolveApproversAsync_ManagerLookupForbidden_ThrowsNonTransientInsteadOfFallingBack()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:FallbackManagerAadObjectId"] = GraphIds.Fallback,
        });
        host.Graph.FailNext(GraphRoute.Manager, 1, GraphFault.Error(HttpStatusCode.Forbidden, "Authorization_RequestDenied"));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("Authorization_RequestDenied", error.ErrorCode);
    }
}

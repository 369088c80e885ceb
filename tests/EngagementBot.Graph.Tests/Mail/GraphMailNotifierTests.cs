using System.Text.Json.Nodes;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Graph.Tests.Mail;

public sealed class GraphMailNotifierTests
{
    private static readonly MailNotice Notice = new("Overdue visit CASE-7F3K", "A lone visit is 25 minutes overdue. Open Teams to act.");

    [Fact]
    public async Task SendAsync_AddressFromDirectory_PostsFromTheSenderMailboxToTheRecipient()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.AddUser(new FakeGraphUser(GraphIds.Manager, "Morgan Manager", "morgan@contoso.example"));

        await host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, Notice, CancellationToken.None);

        Assert.Collection(
            host.Graph.Calls,
            lookup =>
            {
                Assert.Equal(("GET", $"/v1.0/users/{GraphIds.Manager}"), (lookup.Method, lookup.Path));
                Assert.Equal("mail", lookup.Query["$select"]);
            },
            send =>
            {
                Assert.Equal(("POST", $"/v1.0/users/{GraphIds.Sender}/sendMail"), (send.Method, send.Path));
                var message = Assert.IsType<JsonObject>(send.Body?["message"]);
                // nothing beyond what the notice carries (the SDK adds the OData type annotation)
                Assert.Equal(["@odata.type", "body", "importance", "subject", "toRecipients"], message.Select(p => p.Key).Order(StringComparer.Ordinal));
                Assert.Equal("#microsoft.graph.message", message["@odata.type"]?.GetValue<string>());
                Assert.Equal("Overdue visit CASE-7F3K", message["subject"]?.GetValue<string>());
                Assert.Equal("text", message["body"]?["contentType"]?.GetValue<string>());
                Assert.Equal("A lone visit is 25 minutes overdue. Open Teams to act.", message["body"]?["content"]?.GetValue<string>());
                Assert.Equal("normal", message["importance"]?.GetValue<string>());
                var recipient = Assert.Single(message["toRecipients"]!.AsArray());
                Assert.Equal("morgan@contoso.example", recipient?["emailAddress"]?["address"]?.GetValue<string>());
                Assert.False(send.Body?["saveToSentItems"]?.GetValue<bool>());
            });
    }

    [Fact]
    public async Task SendAsync_AddressGivenHtmlUrgent_SkipsLookupAndSendsHtmlHighImportance()
    {
        await using var host = await GraphTestHost.StartAsync();
        var notice = Notice with { Body = "<p>Overdue</p>", Format = MailBodyFormat.Html, RecipientAddress = "duty@contoso.example", Urgent = true };

        await host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, notice, CancellationToken.None);

        var send = Assert.Single(host.Graph.Calls);
        Assert.Equal(GraphRoute.SendMail, send.Route);
        Assert.Equal("html", send.Body?["message"]?["body"]?["contentType"]?.GetValue<string>());
        Assert.Equal("high", send.Body?["message"]?["importance"]?.GetValue<string>());
        Assert.Equal("duty@contoso.example", send.Body?["message"]?["toRecipients"]?[0]?["emailAddress"]?["address"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_SaveToSentItemsConfigured_AsksGraphToKeepACopy()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Graph:SaveMailToSentItems"] = "true" });

        await host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, Notice with { RecipientAddress = "duty@contoso.example" }, CancellationToken.None);

        Assert.True(Assert.Single(host.Graph.Calls).Body?["saveToSentItems"]?.GetValue<bool>());
    }

    [Fact]
    public async Task SendAsync_RecipientWithoutMail_ThrowsNonTransientAndSendsNothing()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.AddUser(new FakeGraphUser(GraphIds.Manager, "Morgan Manager", Mail: null, "morgan.upn@contoso.example"));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, Notice, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Empty(host.Graph.CallsTo(GraphRoute.SendMail));
    }

    [Fact]
    public async Task SendAsync_SenderMailboxUnknownToGraph_ThrowsNonTransient404()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:MailSenderAadObjectId"] = GraphIds.Fallback,
        });

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, Notice with { RecipientAddress = "duty@contoso.example" }, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("ErrorInvalidUser", error.ErrorCode);
        Assert.Equal($"/v1.0/users/{GraphIds.Fallback}/sendMail", Assert.Single(host.Graph.Calls).Path);
        Assert.DoesNotContain("duty@contoso.example", error.Message, StringComparison.Ordinal);
    }
}

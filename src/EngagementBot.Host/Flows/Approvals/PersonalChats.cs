using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Domain.Conversations;
using EngagementBot.Graph;
using EngagementBot.Graph.Installation;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>A person's 1:1 chat with the bot, and whether it was just opened after installing the app for them.</summary>
public sealed record PersonalChat(ConversationAddress Address, bool JustInstalled);

/// <summary>
/// Finds or opens a person's 1:1 chat with the bot, by directory object id:
/// <list type="number">
/// <item>the stored personal conversation, when they have talked to the bot before;</item>
/// <item>else the app is installed for them through Graph (idempotent), the chat is created with
/// <c>POST /v3/conversations</c> whose one member is the directory object id itself (Teams accepts an
/// Entra object id as the member <c>id</c> of a personal conversation, with the tenant id, once the
/// app is installed for that user), their Teams user id is read back from the member list, and the
/// new conversation is stored like any other.</item>
/// </list>
/// <paramref name="via"/> (any conversation of the same tenant) gives the service URL and bot account.
/// </summary>
public sealed class PersonalChats(
    IConversationReferenceStore references,
    IConnectorClient connector,
    ITeamsAppInstaller installer,
    TimeProvider clock)
{
    /// <exception cref="EngagementBot.Graph.GraphDeliveryException">Installing the app failed.</exception>
    /// <exception cref="ConnectorException">Creating the chat failed.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="via"/> has no tenant id.</exception>
    public async Task<PersonalChat> OpenAsync(string aadObjectId, ConversationAddress via, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        ArgumentNullException.ThrowIfNull(via);
        var stored = await references.FindPersonalByAadObjectIdAsync(aadObjectId, cancellationToken);
        if (stored is not null)
        {
            return new PersonalChat(stored, JustInstalled: false);
        }

        var tenantId = via.TenantId ?? throw new InvalidOperationException("the conversation gives no tenant id");
        var installed = await installer.EnsureInstalledForUserAsync(aadObjectId, cancellationToken) == TeamsAppInstallOutcome.Installed;
        var created = await connector.CreateConversationAsync(
            via.ServiceUrl,
            ConversationParameters.ForPersonalChat(aadObjectId, tenantId, new ChannelAccount { Id = via.BotId, Name = via.BotName }),
            cancellationToken);
        var serviceUrl = string.IsNullOrWhiteSpace(created.ServiceUrl) ? via.ServiceUrl : created.ServiceUrl;
        var address = new ConversationAddress(
            via.ChannelId, serviceUrl, created.Id, ConversationKind.Personal, tenantId, via.BotId, via.BotName,
            await TeamsUserIdAsync(serviceUrl, created.Id, aadObjectId, cancellationToken), aadObjectId, TeamId: null, TeamsChannelId: null);
        await references.UpsertAsync(address, clock.GetUtcNow(), cancellationToken);
        return new PersonalChat(address, installed);
    }

    /// <summary>
    /// <see cref="OpenAsync"/> for outbox senders: a failure becomes an <see cref="OutboxDeliveryException"/> the
    /// outbox understands (Graph's and the connector's keep whether a retry can help; no tenant id never can).
    /// </summary>
    public async Task<PersonalChat> OpenForDeliveryAsync(string aadObjectId, ConversationAddress via, CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(aadObjectId, via, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"creating the chat: connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }
        catch (InvalidOperationException ex)
        {
            throw new OutboxDeliveryException(ex.Message, isTransient: false, ex);
        }
    }

    // The Teams user id ("29:…") is what card refresh lists; the member lookup accepts the object id.
    private async Task<string?> TeamsUserIdAsync(string serviceUrl, string conversationId, string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var member = await connector.GetConversationMemberAsync(serviceUrl, conversationId, aadObjectId, cancellationToken);
            return string.IsNullOrWhiteSpace(member.Id) ? null : member.Id;
        }
        catch (ConnectorException)
        {
            // Not knowing it only costs the automatic card refresh for this person; messages still arrive.
            return null;
        }
    }
}

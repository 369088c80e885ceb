using EngagementBot.Domain.Conversations;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    protected static ConversationAddress PersonalAddress(string conversationId, string aadObjectId, string serviceUrl = "https://smba.example/emea/") =>
        new(
            ChannelId: "msteams",
            ServiceUrl: serviceUrl,
            ConversationId: conversationId,
            Kind: ConversationKind.Personal,
            TenantId: "tenant-1",
            BotId: "28:bot",
            BotName: "EngagementBot",
            UserId: "29:user-" + conversationId,
            UserAadObjectId: aadObjectId,
            TeamId: null,
            TeamsChannelId: null);

    protected static ConversationAddress ChannelAddress(string conversationId) =>
        new("msteams", "https://smba.example/emea/", conversationId, ConversationKind.Channel, "tenant-1",
            "28:bot", null, null, null, "team-1", "19:channel-1");

    [Fact]
    public async Task UpsertAsync_NewAddress_FindReturnsEveryField()
    {
        var personal = PersonalAddress("a:1", "aad-1");
        var channel = ChannelAddress("19:channel-1;messageid=1");

        await App.ConversationReferences.UpsertAsync(personal, T0, CancellationToken.None);
        await App.ConversationReferences.UpsertAsync(channel, T0, CancellationToken.None);

        Assert.Equal(personal, await App.ConversationReferences.FindAsync("msteams", "a:1", CancellationToken.None));
        Assert.Equal(channel, await App.ConversationReferences.FindAsync("msteams", "19:channel-1;messageid=1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownConversation_ReturnsNull()
    {
        await App.ConversationReferences.UpsertAsync(PersonalAddress("a:1", "aad-1"), T0, CancellationToken.None);

        Assert.Null(await App.ConversationReferences.FindAsync("msteams", "a:2", CancellationToken.None));
        Assert.Null(await App.ConversationReferences.FindAsync("webchat", "a:1", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_ChangedServiceUrl_FindReturnsNewAddress()
    {
        var store = App.ConversationReferences;
        await store.UpsertAsync(PersonalAddress("a:1", "aad-1", "https://smba.example/emea/"), T0, CancellationToken.None);
        var moved = PersonalAddress("a:1", "aad-1", "https://smba.example/uk/");

        await store.UpsertAsync(moved, T0.AddSeconds(1), CancellationToken.None);

        Assert.Equal(moved, await store.FindAsync("msteams", "a:1", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_OlderThanStored_IsIgnored()
    {
        var store = App.ConversationReferences;
        var current = PersonalAddress("a:1", "aad-1", "https://smba.example/uk/");
        await store.UpsertAsync(current, T0, CancellationToken.None);

        await store.UpsertAsync(PersonalAddress("a:1", "aad-1", "https://smba.example/stale/"), T0.AddMinutes(-5), CancellationToken.None);

        Assert.Equal(current, await store.FindAsync("msteams", "a:1", CancellationToken.None));
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_TwoPersonalConversations_ReturnsMostRecentlySeen()
    {
        var store = App.ConversationReferences;
        await store.UpsertAsync(PersonalAddress("a:old", "aad-1"), T0, CancellationToken.None);
        await store.UpsertAsync(PersonalAddress("a:new", "aad-1"), T0.AddMinutes(10), CancellationToken.None);
        await store.UpsertAsync(PersonalAddress("a:someone-else", "aad-2"), T0.AddMinutes(20), CancellationToken.None);

        var found = await store.FindPersonalByAadObjectIdAsync("aad-1", CancellationToken.None);

        Assert.Equal("a:new", found?.ConversationId);
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_OlderConversationSeenAgain_ReturnsIt()
    {
        var store = App.ConversationReferences;
        await store.UpsertAsync(PersonalAddress("a:first", "aad-1"), T0, CancellationToken.None);
        await store.UpsertAsync(PersonalAddress("a:second", "aad-1"), T0.AddMinutes(10), CancellationToken.None);

        await store.UpsertAsync(PersonalAddress("a:first", "aad-1"), T0.AddMinutes(30), CancellationToken.None);

        var found = await store.FindPersonalByAadObjectIdAsync("aad-1", CancellationToken.None);
        Assert.Equal("a:first", found?.ConversationId);
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_OnlyGroupConversationsWithUser_ReturnsNull()
    {
        var groupChat = PersonalAddress("19:group", "aad-1") with { Kind = ConversationKind.GroupChat };
        await App.ConversationReferences.UpsertAsync(groupChat, T0, CancellationToken.None);

        Assert.Null(await App.ConversationReferences.FindPersonalByAadObjectIdAsync("aad-1", CancellationToken.None));
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_IdInOtherLetterCase_FindsConversation()
    {
        await App.ConversationReferences.UpsertAsync(
            PersonalAddress("a:1", "6f1c2a9e-0b7d-4c1e-9a3b-2d4e5f6a7b8c"), T0, CancellationToken.None);

        var found = await App.ConversationReferences.FindPersonalByAadObjectIdAsync(
            "6F1C2A9E-0B7D-4C1E-9A3B-2D4E5F6A7B8C", CancellationToken.None);

        Assert.Equal("a:1", found?.ConversationId);
    }
}

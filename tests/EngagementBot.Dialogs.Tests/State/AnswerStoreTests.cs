using System.Collections.Immutable;
using System.Text.Json;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Tests.State;

public class AnswerStoreTests
{
    private static readonly ImmutableDictionary<string, JsonElement> Empty = ImmutableDictionary<string, JsonElement>.Empty;

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);

    [Fact]
    public void Set_NestedPath_BuildsObjectUnderTheStep()
    {
        var answers = AnswerStore.Set(AnswerStore.Set(Empty, "form.what", Json("visit")), "form.safe", Json(true));

        Assert.Equal("visit", AnswerStore.Get(answers, "form.what")!.Value.GetString());
        Assert.True(AnswerStore.Get(answers, "form.safe")!.Value.GetBoolean());
        Assert.Equal(JsonValueKind.Object, AnswerStore.Get(answers, "form")!.Value.ValueKind);
    }

    [Fact]
    public void Remove_NestedPath_KeepsSiblings()
    {
        var answers = AnswerStore.Remove(AnswerStore.Set(AnswerStore.Set(Empty, "f.a", Json(1)), "f.b", Json(2)), "f.a");

        Assert.Null(AnswerStore.Get(answers, "f.a"));
        Assert.Equal(2, AnswerStore.Get(answers, "f.b")!.Value.GetInt32());
    }

    [Fact]
    public void Get_DeepPathOrMissingOrNull_ReturnsValueOrNull()
    {
        var answers = Empty.SetItem("kid", Json(new { form = new { x = "deep" }, none = (string?)null }));

        Assert.Equal("deep", AnswerStore.Get(answers, "kid.form.x")!.Value.GetString());
        Assert.Null(AnswerStore.Get(answers, "kid.none"));
        Assert.Null(AnswerStore.Get(answers, "kid.form.y"));
        Assert.Null(AnswerStore.Get(answers, "other"));
    }
}

using EngagementBot.Domain.Cases;

namespace EngagementBot.Domain.Tests.Cases;

/// <summary>The stored codes are a contract with the database and cards: these pin them.</summary>
public sealed class HazardVocabularyTests
{
    [Fact]
    public void Kinds_Codes_AreTheDocumentedVocabulary()
    {
        Assert.Equal(
            ["violence", "threats", "intimidation", "aggressive-animal", "weapons", "access-denied"],
            HazardVocabulary.Kinds.Terms.Select(t => t.Code));
    }

    [Fact]
    public void Severities_Codes_RunLowToCritical()
    {
        Assert.Equal(["low", "medium", "high", "critical"], HazardVocabulary.Severities.Terms.Select(t => t.Code));
        Assert.Equal(
            [HazardSeverity.Low, HazardSeverity.Medium, HazardSeverity.High, HazardSeverity.Critical],
            HazardVocabulary.Severities.Terms.Select(t => t.Value).Order());
    }

    [Fact]
    public void Advice_Codes_AreTheDocumentedVocabulary()
    {
        Assert.Equal(
            ["joint-visits-only", "police-for-first-visit", "neutral-venue-only", "daylight-visits-only", "manager-agrees-visits", "animals-secured"],
            HazardVocabulary.Advice.Terms.Select(t => t.Code));
    }

    [Fact]
    public void Advice_JointVisitsOnly_ReadsAsShortChannelText()
    {
        Assert.Equal("Joint visits only", HazardVocabulary.Advice.Text(HazardAdvice.JointVisitsOnly));
    }

    [Fact]
    public void Texts_EveryTerm_ShortEnoughForACardFact()
    {
        var texts = HazardVocabulary.Kinds.Terms.Select(t => t.Text)
            .Concat(HazardVocabulary.Severities.Terms.Select(t => t.Text))
            .Concat(HazardVocabulary.Advice.Terms.Select(t => t.Text));

        Assert.All(texts, text => Assert.InRange(text.Length, 2, 40));
    }
}

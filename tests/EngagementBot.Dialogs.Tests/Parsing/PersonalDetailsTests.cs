using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Tests.Parsing;

public class PersonalDetailsTests
{
    [Theory]
    [InlineData("12/03/2015")]
    [InlineData("12.3.15")]
    [InlineData("1-12-2019")]
    [InlineData("2015-03-12")]
    [InlineData("3rd March 2015")]
    [InlineData("12 mar")]
    [InlineData("born March 3rd")]
    public void Find_Date_IsDateOfBirth(string text) => Assert.Equal(PersonalDetail.DateOfBirth, PersonalDetails.Find(text));

    [Theory]
    [InlineData("14 Station Road")]
    [InlineData("Flat 3, Mill Court")]
    [InlineData("CF37 1DL")]
    [InlineData("the house at cf371dl")]
    [InlineData("22a high st")]
    [InlineData("7 Heol y Nant")]
    [InlineData("Tŷ Gwyn, 3 Lôn Las")]
    public void Find_Address_IsAddress(string text) => Assert.Equal(PersonalDetail.Address, PersonalDetails.Find(text));

    [Theory]
    [InlineData("John Smith")]
    [InlineData("mrs o'brien")]
    [InlineData("Anne-Marie Jones")]
    [InlineData("Siân Llewellyn Evans")]
    public void Find_WordsOnly_IsName(string text) => Assert.Equal(PersonalDetail.Name, PersonalDetails.Find(text));

    [Theory]
    [InlineData("SC-0017-3")]
    [InlineData("sc 17")]
    [InlineData("12345")]
    [InlineData("Smith")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_ReferenceLikeOrSingleWord_IsNone(string? text) => Assert.Equal(PersonalDetail.None, PersonalDetails.Find(text));
}

using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.Tests.Channel;

public sealed class MentionStripperTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "Tess" };

    private static JsonArray BotMention(string? text, string name = "Tess", string id = "28:bot") =>
        [new JsonObject { ["type"] = "mention", ["text"] = text, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } }];

    [Theory]
    [InlineData("\r\n<at>Tess</at> who created you?\r\n", "<at>Tess</at>", "who created you?")]
    [InlineData("<at>Tess</at> help\n", "<at>Tess</at>", "help")]
    [InlineData("<at>Tess</at> help", null, "help")]
    [InlineData("<at>Tess</at> help", "<at>@Tess</at>", "help")]
    [InlineData("<at>@Tess</at> help", "<at>Tess</at>", "help")]
    [InlineData("please <at>Tess</at> help", "<at>Tess</at>", "please  help")]
    [InlineData("<at id=\"28:bot\">Tess</at> help", "<at>Tess</at>", "help")]
    [InlineData("help", "<at>Tess</at>", "help")]
    [InlineData("a <atom> b", "<at>Tess</at>", "a <atom> b")]
    [InlineData("<at>Tess", "<at>Tess</at>", "<at>Tess")]
    public void RemovesOnlyTheBotsMention(string text, string? entityText, string expected) =>
        Assert.Equal(expected, MentionStripper.Strip(text, BotMention(entityText), Bot));

    [Fact]
    public void KeepsOtherPeoplesMentions()
    {
        var entities = BotMention("<at>Tess</at>");
        entities.Add(new JsonObject { ["type"] = "mention", ["text"] = "<at>Pranav Smith</at>", ["mentioned"] = new JsonObject { ["id"] = "29:p", ["name"] = "Pranav Smith" } });

        Assert.Equal("thank <at>Pranav Smith</at>", MentionStripper.Strip("<at>Tess</at> thank <at>Pranav Smith</at>", entities, Bot));
    }

    [Fact]
    public void UsesTheEntityNameWhenItDiffersFromTheRecipientName()
    {
        var entities = BotMention("<at>Complaints Bot</at>", name: "Complaints Bot");

        Assert.Equal("help", MentionStripper.Strip("<at>Complaints Bot</at> help", entities, Bot));
    }

    [Fact]
    public void ToleratesNullTextOddEntitiesAndNoRecipient()
    {
        JsonArray odd = [JsonValue.Create(3), new JsonObject { ["type"] = 5 }, new JsonObject { ["type"] = "mention", ["mentioned"] = "x" }, null];

        Assert.Null(MentionStripper.Strip(null, odd, Bot));
        Assert.Equal("hi", MentionStripper.Strip(" hi ", odd, null));
        Assert.Equal("hi", MentionStripper.Strip("<at>Tess</at> hi", odd, Bot));
    }
}

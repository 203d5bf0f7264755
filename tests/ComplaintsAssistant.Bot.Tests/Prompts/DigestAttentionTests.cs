using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>The weekly digest is where the complaints officers hear, every week until it is fixed, that the bot's
/// secret is about to expire.</summary>
public sealed class DigestAttentionTests
{
    [Fact]
    public void TheDigestLeadsWithTheSecretsExpiry()
    {
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var expiry = new SecretExpiry(Options.Create(new ChannelOptions { AppId = "app", AppPassword = "x", AppPasswordExpiresOn = new DateOnly(2026, 12, 21) }),
            new FakeTimeProvider(now));

        var card = DigestCard.Build(OfficerDigest.Of([], [], now, ClockRules.Default), id => id, [expiry.Warning()!]);

        Assert.Contains("The bot's client secret expires on Monday 21 December 2026 (in 14 days)", Text(card));
    }
}

using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// Sentences that carry no claim: background the rules must read past. None holds a trigger word, a number or a
/// date, so every claim in a generated article comes from a planned event. {C} is a city, {K} a country and {D} a
/// demonym.
/// </summary>
internal static class Fillers
{
    public static readonly ImmutableArray<string> All =
    [
        "Officials in {C} offered no further details.",
        "Markets in {C} were calm during the morning session.",
        "Observers said the situation along the border remained tense.",
        "The government of {K} announced new measures on fuel prices.",
        "Residents of {C} described long queues at petrol stations.",
        "Analysts expect the dispute to dominate public debate for some time.",
        "Local newspapers in {K} carried the story on their front pages.",
        "The foreign ministry of {K} published a short statement.",
        "Prices for bread and fuel have risen sharply in recent months.",
        "Schools and shops in {C} reopened after a short closure.",
        "The opposition in {K} criticised the government's handling of the crisis.",
        "Trade between the two countries has grown steadily over the past decade.",
        "Independent monitors have asked for access to the region.",
        "Aid agencies warned of shortages of medicine and clean water.",
        "The weather in {C} was mild, with light rain in the evening.",
        "Journalists waited outside the government building in {C}.",
        "The central bank of {K} left interest rates unchanged.",
        "Several roads around {C} were closed for security reasons.",
        "Experts cautioned that the figures could not be verified independently.",
        "The statement did not mention any timetable.",
        "Television channels in {K} broadcast the press conference live.",
        "Community leaders in {C} appealed for calm.",
        "The region has a long history of disputes over water and land.",
        "Shipping companies reported delays at the port of {C}.",
        "A spokesperson for the ministry said more information would follow.",
        "Farmers near {C} complained about the rising cost of fertiliser.",
        "Universities in {K} postponed the start of the academic term.",
        "Rail services around {C} operated on a reduced timetable.",
        "The {D} currency weakened slightly against the dollar.",
        "Hospitals in {C} said they had enough beds for now.",
        "Officials stressed that the investigation was still under way.",
        "Human rights groups urged restraint on all sides.",
        "Opinion polls in {K} show deep divisions over the issue.",
        "The border crossing near {C} remained open to commercial traffic.",
        "Energy prices in {K} have become a central political issue.",
        "The mayor of {C} thanked volunteers for their work.",
        "Satellite images of the area were shared by independent researchers.",
        "Neighbouring states watched the developments closely.",
        "The {D} press described the mood in the capital as anxious.",
        "Business leaders in {C} asked for clarity on new regulations.",
        "Economists at the university in {C} said the outlook depended on energy prices and on the harvest.",
        "The ministry of finance in {K} promised to publish a detailed account of public spending before parliament reconvenes.",
        "Residents interviewed in the old quarter of {C} spoke of rising rents, crowded buses and empty shelves.",
        "Commentators in {K} noted that the coalition government has struggled to agree on a budget.",
        "Transport unions in {C} announced that they would continue negotiations with the city authorities over wages.",
        "Small businesses in {C} said that long power cuts during the winter had hurt their sales.",
        "A group of teachers in {C} wrote an open letter asking for better pay and smaller classes.",
        "Tourism in {K} has recovered slowly, and hotel owners along the coast reported fewer foreign guests than expected.",
        "The national statistics office of {K} revised its estimate of economic growth downwards.",
        "Doctors at the main hospital in {C} described the situation in the wards as difficult but under control.",
        "Environmental groups in {K} criticised plans to build a new motorway through protected forest.",
        "In the markets of {C}, traders complained that customers were buying less and bargaining harder.",
        "The {D} football league postponed several matches because of heavy snow.",
        "Lawmakers in {K} are divided over a proposal to raise the retirement age.",
        "Volunteers in {C} distributed blankets and hot meals to families in need.",
        "The {D} government has not yet commented on the matter.",
    ];
}

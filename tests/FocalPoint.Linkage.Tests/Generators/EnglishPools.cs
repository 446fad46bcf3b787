namespace FocalPoint.Linkage.Tests.Generators;

/// <summary>
/// English-language names, streets and towns drawn with Zipf-like weights, so that a few surnames (smith, jones)
/// form the large common-surname blocks real files have.
/// </summary>
internal static class EnglishPools
{
    public static readonly string[] FirstNames =
    [
        "james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "william", "elizabeth", "david", "barbara",
        "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen", "christopher", "nancy", "daniel", "lisa",
        "matthew", "betty", "anthony", "margaret", "mark", "sandra", "donald", "ashley", "steven", "kimberly", "paul", "emily",
        "andrew", "donna", "joshua", "michelle", "kenneth", "dorothy", "kevin", "carol", "brian", "amanda", "george", "melissa",
        "edward", "deborah", "ronald", "stephanie", "timothy", "rebecca", "jason", "sharon", "jeffrey", "laura", "ryan", "cynthia",
        "jacob", "kathleen", "gary", "amy", "nicholas", "shirley", "eric", "angela", "jonathan", "helen", "stephen", "anna",
        "larry", "brenda", "justin", "pamela", "scott", "nicole", "brandon", "emma", "benjamin", "samantha", "samuel", "katherine",
        "gregory", "christine", "frank", "debra", "alexander", "rachel", "raymond", "catherine", "patrick", "carolyn", "jack", "janet",
        "dennis", "ruth", "jerry", "maria", "tyler", "heather", "aaron", "diane", "jose", "virginia", "adam", "julie", "henry", "joyce",
        "nathan", "victoria", "douglas", "olivia", "zachary", "kelly", "peter", "christina", "kyle", "lauren", "walter", "joan",
        "ethan", "evelyn", "jeremy", "judith", "harold", "megan", "keith", "cheryl", "christian", "andrea", "roger", "hannah", "noah",
        "martha", "gerald", "jacqueline", "carl", "frances", "terry", "gloria", "sean", "ann", "austin", "teresa", "arthur", "kathryn",
        "lawrence", "sara", "jesse", "janice", "dylan", "jean", "bryan", "alice", "joe", "madison", "jordan", "doris", "billy", "abigail",
        "bruce", "julia", "albert", "judy", "willie", "grace", "gabriel", "denise", "logan", "amber", "alan", "marilyn", "juan", "beverly",
    ];

    public static readonly string[] Surnames =
    [
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez",
        "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white",
        "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres",
        "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts",
        "gomez", "phillips", "evans", "turner", "diaz", "parker", "cruz", "edwards", "collins", "reyes", "stewart", "morris", "morales",
        "murphy", "cook", "rogers", "gutierrez", "ortiz", "morgan", "cooper", "peterson", "bailey", "reed", "kelly", "howard", "ramos",
        "kim", "cox", "ward", "richardson", "watson", "brooks", "chavez", "wood", "james", "bennett", "gray", "mendoza", "ruiz", "hughes",
        "price", "alvarez", "castillo", "sanders", "patel", "myers", "long", "ross", "foster", "jimenez", "powell", "jenkins", "perry",
        "russell", "sullivan", "bell", "coleman", "butler", "henderson", "barnes", "gonzales", "fisher", "vasquez", "simmons", "romero",
        "jordan", "patterson", "alexander", "hamilton", "graham", "reynolds", "griffin", "wallace", "moreno", "west", "cole", "hayes",
        "bryant", "herrera", "gibson", "ellis", "tran", "medina", "aguilar", "stevens", "murray", "ford", "castro", "marshall", "owens",
        "harrison", "fernandez", "mcdonald", "woods", "washington", "kennedy", "wells", "vargas", "henry", "chen", "freeman", "webb",
        "tucker", "guzman", "burns", "crawford", "olson", "simpson", "porter", "hunter", "gordon", "mendez", "silva", "shaw", "snyder",
        "mason", "dixon", "munoz", "hunt", "hicks", "holmes", "palmer", "wagner", "black", "robertson", "boyd", "rose", "stone", "salazar",
        "fox", "warren", "mills", "meyer", "rice", "schmidt", "garza", "daniels", "ferguson", "nichols", "stephens", "soto", "weaver",
        "ryan", "gardner", "payne", "grant", "dunn", "kelley", "spencer", "hawkins", "arnold", "pierce", "vazquez", "hansen", "peters",
        "santos", "hart", "bradley", "knight", "elliott", "cunningham", "duncan", "armstrong", "hudson", "carroll", "lane", "riley",
        "andrews", "alvarado", "ray", "delgado", "berry", "perkins", "hoffman", "johnston", "matthews", "pena", "richards", "contreras",
        "willis", "carpenter", "lawrence", "sandoval", "guerrero", "george", "chapman", "rios", "estrada", "ortega", "watkins", "greene",
        "nunez", "wheeler", "valdez", "harper", "burke", "larson", "santiago", "maldonado", "morrison", "franklin", "carlson", "austin",
    ];

    public static readonly string[] Streets =
    [
        "high street", "church road", "station road", "main street", "park road", "london road", "victoria road", "green lane",
        "manor road", "church street", "park avenue", "the avenue", "queens road", "new road", "grange road", "kings road",
        "north street", "mill lane", "school lane", "york road", "west street", "springfield road", "george street", "albert road",
        "the crescent", "south street", "chester road", "windsor road", "stanley road", "richmond road", "oak avenue", "elm grove",
        "alexandra road", "broadway", "highfield road", "mill road", "king street", "east street", "the drive", "church lane",
    ];

    public static readonly (string Town, string Area)[] Towns =
    [
        ("ashford", "TN"), ("barnsley", "S"), ("bedford", "MK"), ("blackpool", "FY"), ("bolton", "BL"), ("bristol", "BS"),
        ("cambridge", "CB"), ("carlisle", "CA"), ("chelmsford", "CM"), ("chester", "CH"), ("colchester", "CO"), ("coventry", "CV"),
        ("derby", "DE"), ("doncaster", "DN"), ("durham", "DH"), ("exeter", "EX"), ("gloucester", "GL"), ("guildford", "GU"),
        ("harrogate", "HG"), ("hereford", "HR"), ("ipswich", "IP"), ("lancaster", "LA"), ("leicester", "LE"), ("lincoln", "LN"),
        ("luton", "LU"), ("norwich", "NR"), ("oxford", "OX"), ("peterborough", "PE"), ("plymouth", "PL"), ("reading", "RG"),
        ("salisbury", "SP"), ("stockport", "SK"), ("swindon", "SN"), ("taunton", "TA"), ("truro", "TR"), ("wakefield", "WF"),
        ("walsall", "WS"), ("warrington", "WA"), ("worcester", "WR"), ("york", "YO"),
    ];

    public static readonly string[] Domains = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "btinternet.com", "aol.com"];

    /// <summary>Index drawn with weight 1/(rank+1)^s: the first entries are common, the tail rare.</summary>
    public static int Zipf(Random rng, int count, double s)
    {
        var total = 0.0;
        for (var i = 0; i < count; i++) total += 1 / Math.Pow(i + 1, s);
        var x = rng.NextDouble() * total;
        for (var i = 0; i < count; i++)
        {
            x -= 1 / Math.Pow(i + 1, s);
            if (x <= 0) return i;
        }
        return count - 1;
    }
}

namespace FocalPoint.Application.Demo.Names;

/// <summary>Common Albanian given and family names in Kosovo, spelled with Albanian diacritics.</summary>
internal static class AlbanianNames
{
    public static readonly string[] Male =
    [
        "Agim", "Arben", "Arbër", "Ardian", "Arianit", "Armend", "Artan", "Astrit", "Avni", "Bajram", "Bekim", "Besart",
        "Besnik", "Blerim", "Burim", "Besim", "Dardan", "Driton", "Drilon", "Edon", "Egzon", "Enver", "Ermal", "Fatmir",
        "Fadil", "Faton", "Fisnik", "Flamur", "Florent", "Gëzim", "Granit", "Hajdar", "Hysen", "Ilir", "Isa", "Jeton",
        "Kushtrim", "Labinot", "Liridon", "Lulzim", "Mentor", "Mërgim", "Milaim", "Muhamet", "Naim", "Nexhat", "Petrit",
        "Qëndrim", "Ramadan", "Rexhep", "Rilind", "Rinor", "Sabri", "Sadri", "Shkëlzen", "Shpëtim", "Skënder", "Sokol",
        "Taulant", "Valon", "Valmir", "Vehbi", "Visar", "Xhevdet", "Xhemajl", "Ylber", "Yll", "Zenel", "Zijadin", "Çlirim",
        "Behar", "Gjergj", "Kujtim", "Lavdim", "Qazim",
    ];

    public static readonly string[] Female =
    [
        "Adelina", "Albana", "Albulena", "Alketa", "Anila", "Arbnora", "Ardita", "Arta", "Besa", "Besarta", "Blerina",
        "Blerta", "Donika", "Drita", "Dafina", "Edona", "Elira", "Elona", "Emine", "Erëza", "Fatime", "Fatlinda", "Flaka",
        "Fjolla", "Florentina", "Gentiana", "Gresa", "Hana", "Hatixhe", "Jehona", "Kaltrina", "Kimete", "Lindita",
        "Liridona", "Lumnije", "Mimoza", "Merita", "Mirlinda", "Nazmije", "Njomza", "Nora", "Qendresa", "Rina", "Rrezarta",
        "Sabrie", "Sevdije", "Shqipe", "Shqiponja", "Teuta", "Trëndelina", "Valbona", "Valdete", "Vjosa", "Vlora",
        "Xhevahire", "Yllka", "Zana", "Zyrafete", "Zeqirje", "Afërdita", "Ariana", "Diellza", "Dielleza", "Egzona", "Fitore",
        "Ganimete", "Hyrije", "Lule", "Mirjeta", "Nexhmije", "Rukije", "Shpresa", "Vesa", "Violeta", "Xhylsime",
    ];

    public static readonly string[] Family =
    [
        "Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Bytyqi", "Kastrati", "Rexhepi", "Kryeziu", "Hyseni",
        "Thaçi", "Sylejmani", "Mustafa", "Ahmeti", "Bajrami", "Rama", "Osmani", "Hasani", "Salihu", "Zeqiri", "Maloku",
        "Rrahmani", "Halili", "Jashari", "Musliu", "Ramadani", "Shabani", "Qerimi", "Demiri", "Ismaili", "Latifi",
        "Haliti", "Dragusha", "Haxhiu", "Hajdari", "Kelmendi", "Lushtaku", "Mehmeti", "Selimi", "Sadiku", "Avdiu", "Bislimi",
        "Çeku", "Dibra", "Elshani", "Fetahu", "Gjinovci", "Gjoka", "Hamiti", "Imeri", "Jakupi", "Kadriu", "Limani",
        "Mazreku", "Nuhiu", "Pllana", "Quni", "Rugova", "Syla", "Shehu", "Tahiri", "Uka", "Vitia", "Xhaferi", "Ymeri",
        "Zymberi", "Zhubi", "Hoti", "Deliu", "Bunjaku", "Beqiri", "Gërvalla", "Muja", "Veseli", "Lladrovci",
        "Sopjani", "Tërnava", "Xhemajli",
    ];
}

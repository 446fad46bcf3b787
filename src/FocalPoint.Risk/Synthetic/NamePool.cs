namespace FocalPoint.Risk.Synthetic;

/// <summary>Given names and surnames common in the region, for synthetic travellers (no real person is meant).</summary>
internal static class NamePool
{
    public static readonly string[] Given =
    [
        "Agim", "Arben", "Besnik", "Blerim", "Driton", "Fatmir", "Fitim", "Gëzim", "Ilir", "Kushtrim", "Labinot", "Liridon",
        "Mentor", "Naim", "Petrit", "Shpend", "Valon", "Visar", "Ylli", "Zef", "Arta", "Besa", "Blerta", "Donika", "Drita",
        "Fjolla", "Lirie", "Mimoza", "Qëndresa", "Vjosa", "Dragan", "Milan", "Nikola", "Stefan", "Marko", "Nenad", "Zoran",
        "Dejan", "Goran", "Miloš", "Jelena", "Milica", "Ivana", "Dragana", "Snežana", "Ana", "Marija", "Vesna", "Bojan",
        "Aleksandar", "Emir", "Senad", "Amir", "Edin", "Adnan", "Mehmet", "Ahmet", "Hasan", "Luan", "Gent",
    ];

    public static readonly string[] Surnames =
    [
        "Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kelmendi", "Rexhepi", "Hyseni", "Mustafa",
        "Ahmeti", "Osmani", "Rama", "Sylejmani", "Kryeziu", "Zeka", "Thaçi", "Haliti", "Limani", "Musliu", "Jashari",
        "Bajrami", "Ramadani", "Salihu", "Hasani", "Ismaili", "Kastrati", "Dervishi", "Halimi", "Qorri", "Sadiku",
        "Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović",
        "Milošević", "Popović", "Živković", "Todorović", "Kostić", "Ristić", "Mitić", "Savić", "Lazić", "Vasić",
        "Tomić", "Đukić", "Simić", "Kovačević", "Radović", "Begović", "Hodžić", "Mehmedović", "Delić", "Hadžić",
        "Yilmaz", "Kaya", "Demir", "Öztürk", "Müller", "Schmidt", "Fischer", "Weber", "Rossi", "Bianchi",
    ];
}

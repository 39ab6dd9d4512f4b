package app.rapport.service.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Given names and family names from several cultures, spelt as their owners spell them. */
final class SampleNames {
    /** One culture's names and how common it is among the clients. */
    record Culture(String name, int weight, List<String> first, List<String> last) {
    }

    static final List<Culture> CULTURES = List.of(
            new Culture("English", 28,
                    List.of("James", "Olivia", "Emily", "Michael", "Sarah", "David", "Grace", "Thomas", "Hannah",
                            "William", "Chloe", "Daniel", "Megan", "Oliver", "Sophie", "Jack", "Lucy", "Harry",
                            "Zoë", "Chloë", "Rebecca", "Matthew", "Charlotte", "George", "Niamh", "Seán"),
                    List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright",
                            "Thompson", "O'Brien", "Murphy", "Kelly", "Clarke", "Hughes", "MacDonald", "Bennett",
                            "Fitzgerald", "Harris", "Cooper")),
            new Culture("Spanish", 14,
                    List.of("José", "María", "Lucía", "Javier", "Sofía", "Alejandro", "Carmen", "Andrés", "Inés",
                            "Raúl", "Ana", "Diego", "Marta", "Pablo", "Begoña", "Íñigo", "Mónica", "Ramón"),
                    List.of("García", "Martínez", "López", "Rodríguez", "Hernández", "Fernández", "Ruiz", "Jiménez",
                            "Muñoz", "Álvarez", "Sánchez", "Castillo", "Ortega", "Núñez", "Peña", "Ibáñez")),
            new Culture("French", 7,
                    List.of("Élodie", "François", "Amélie", "Étienne", "Hélène", "Jérôme", "Céline", "Noël", "Gaëlle",
                            "Léa", "Théo", "Camille", "Benoît", "Maëlle", "Chloé"),
                    List.of("Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Bélanger",
                            "Gauthier", "Lemaître", "Mercier", "Côté", "Faure")),
            new Culture("German", 7,
                    List.of("Jürgen", "Anja", "Matthias", "Katrin", "Lukas", "Jörg", "Sabine", "Felix", "Lena",
                            "Günther", "Uwe", "Annelie"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Schäfer", "Hoffmann",
                            "Krüger", "Groß", "Wagner", "Köhler")),
            new Culture("Italian", 7,
                    List.of("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Alessandro", "Sara",
                            "Niccolò", "Federica", "Giorgio", "Elena"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                            "Marino", "Greco", "De Luca", "Conti", "D'Angelo")),
            new Culture("Polish", 6,
                    List.of("Łukasz", "Agnieszka", "Małgorzata", "Paweł", "Katarzyna", "Michał", "Zofia", "Wojciech",
                            "Ewa", "Tomasz", "Joanna", "Grzegorz"),
                    List.of("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
                            "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski")),
            new Culture("Vietnamese", 6,
                    List.of("Anh", "Minh", "Linh", "Huy", "Thảo", "Phương", "Đức", "Lan", "Quang", "Hạnh", "Tuấn",
                            "Ngọc"),
                    List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ")),
            new Culture("Japanese", 4,
                    List.of("Haruto", "Yui", "Sōta", "Hina", "Ren", "Aoi", "Yuki", "Kenji", "Sakura", "Takumi", "Emi",
                            "Daisuke"),
                    List.of("Satō", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto",
                            "Nakamura", "Kobayashi", "Katō", "Ōta")),
            new Culture("Arabic", 5,
                    List.of("Omar", "Fatima", "Youssef", "Layla", "Karim", "Amira", "Hassan", "Nour", "Tariq",
                            "Salma", "Khalid", "Rania"),
                    List.of("Haddad", "Khoury", "Al-Sayed", "Mansour", "Nasser", "Hamdan", "El-Amin", "Saleh",
                            "Farouk", "Aziz")),
            new Culture("Nigerian", 5,
                    List.of("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
                            "Babajide", "Yetunde", "Ikechukwu", "Folake"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Obi",
                            "Afolabi")),
            new Culture("Indian", 6,
                    List.of("Priya", "Arjun", "Ananya", "Rahul", "Kavya", "Vikram", "Aditi", "Rohan", "Sneha",
                            "Sanjay", "Deepa", "Karthik"),
                    List.of("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Menon", "Desai",
                            "Chatterjee")),
            new Culture("Nordic", 3,
                    List.of("Søren", "Åsa", "Ingrid", "Magnus", "Sigrid", "Bjørn", "Astrid", "Lars"),
                    List.of("Sørensen", "Johansson", "Lindqvist", "Øberg", "Andersen", "Nilsson", "Håkansson")));

    private SampleNames() {
    }

    static Culture culture(SplittableRandom random) {
        return Pick.weighted(random, CULTURES, Culture::weight);
    }
}

/** Forme des fichiers de paramètres légaux (un fichier par date d'effet, dans donnees/). */
export type StatutParametre = 'confirme' | 'a-verifier';

export type UniteParametre = 'centimes' | 'millioniemes' | 'heures' | 'nombre' | 'bareme';

/** Une tranche de barème : s'applique à une base strictement inférieure à `jusqua` (centimes). */
export interface Tranche {
  readonly jusqua: number | null;
  readonly taux: number;
}

export interface DefinitionParametre {
  readonly valeur: number | readonly Tranche[];
  readonly unite: UniteParametre;
  readonly statut: StatutParametre;
  /** Clés de donnees/sources.json. */
  readonly sources: readonly string[];
  readonly note?: string;
}

export interface FichierParametres {
  readonly dateEffet: string;
  readonly description: string;
  readonly valeurs: Readonly<Record<string, DefinitionParametre>>;
}

export interface Source {
  readonly cle: string;
  readonly titre: string;
  readonly url: string;
}

/** Ce qu'une ligne de bulletin dit du paramètre qu'elle utilise : d'où vient la valeur. */
export interface ParametreUtilise {
  readonly id: string;
  readonly dateEffet: string;
  readonly statut: StatutParametre;
  readonly sources: readonly Source[];
  readonly note?: string;
}

/** Valeur d'un paramètre en vigueur à une date, avec sa traçabilité. */
export interface ValeurEnVigueur<T> extends ParametreUtilise {
  readonly valeur: T;
}

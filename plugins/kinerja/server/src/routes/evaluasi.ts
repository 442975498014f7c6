/** Evaluation, predikat organisasi and the PLT perilaku sync (domain.md §5). */
export default [] as ReturnType<typeof import('./r').r>[];

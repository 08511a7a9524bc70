# gateway/translators/ubl/bindings/application_response.py
# -*- coding: utf-8 -*-
# PyXB bindings for NM:f3d9ff458bd0cfc5b5643e9ff0191d60b6ee6ed6
# Generated 2026-11-22 21:45:39.413307 by PyXB version 1.2.6 using Python 3.11.7.final.0
# Namespace urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2

from __future__ import unicode_literals
import pyxb
import pyxb.binding
import pyxb.binding.saxer
import io
import pyxb.utils.utility
import pyxb.utils.domutils
import sys
import pyxb.utils.six as _six
# Unique identifier for bindings created at the same time
_GenerationUID = pyxb.utils.utility.UniqueIdentifier('urn:uuid:1db3d787-d906-4207-8177-5ab6ee49261a')

# Version of PyXB used to generate the bindings
_PyXBVersion = '1.2.6'

# A holder for module-level binding classes so we can access them from
# inside class definitions where property names may conflict.
_module_typeBindings = pyxb.utils.utility.Object()

# Import bindings for namespaces imported into schema
import gateway.translators.ubl.bindings._cac as _ImportedBinding_gateway_translators_ubl_bindings__cac
import gateway.translators.ubl.bindings._cbc as _ImportedBinding_gateway_translators_ubl_bindings__cbc
import gateway.translators.ubl.bindings._ext as _ImportedBinding_gateway_translators_ubl_bindings__ext
import pyxb.binding.datatypes

# NOTE: All namespace declarations are reserved within the binding
Namespace = pyxb.namespace.NamespaceForURI('urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2', create_if_missing=True)
Namespace.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cbc = _ImportedBinding_gateway_translators_ubl_bindings__cbc.Namespace
_Namespace_cbc.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_ext = _ImportedBinding_gateway_translators_ubl_bindings__ext.Namespace
_Namespace_ext.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cac = _ImportedBinding_gateway_translators_ubl_bindings__cac.Namespace
_Namespace_cac.configureCategories(['typeBinding', 'elementBinding'])

def CreateFromDocument (xml_text, fallback_namespace=None, location_base=None, default_namespace=None):
    """Parse the given XML and use the document element to create a
    Python instance.

    @param xml_text An XML document.  This should be data (Python 2
    str or Python 3 bytes), or a text (Python 2 unicode or Python 3
    str) in the L{pyxb._InputEncoding} encoding.

    @keyword fallback_namespace An absent L{pyxb.Namespace} instance
    to use for unqualified names when there is no default namespace in
    scope.  If unspecified or C{None}, the namespace of the module
    containing this function will be used, if it is an absent
    namespace.

    @keyword location_base: An object to be recorded as the base of all
    L{pyxb.utils.utility.Location} instances associated with events and
    objects handled by the parser.  You might pass the URI from which
    the document was obtained.

    @keyword default_namespace An alias for @c fallback_namespace used
    in PyXB 1.1.4 through 1.2.6.  It behaved like a default namespace
    only for absent namespaces.
    """

    if pyxb.XMLStyle_saxer != pyxb._XMLStyle:
        dom = pyxb.utils.domutils.StringToDOM(xml_text)
        return CreateFromDOM(dom.documentElement)
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    saxer = pyxb.binding.saxer.make_parser(fallback_namespace=fallback_namespace, location_base=location_base)
    handler = saxer.getContentHandler()
    xmld = xml_text
    if isinstance(xmld, _six.text_type):
        xmld = xmld.encode(pyxb._InputEncoding)
    saxer.parse(io.BytesIO(xmld))
    instance = handler.rootObject()
    return instance

def CreateFromDOM (node, fallback_namespace=None, default_namespace=None):
    """Create a Python instance from the given DOM node.
    The node tag must correspond to an element declaration in this module.

    @deprecated: Forcing use of DOM interface is unnecessary; use L{CreateFromDocument}."""
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    return pyxb.binding.basis.element.AnyCreateFromDOM(node, fallback_namespace)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2}ApplicationResponseType with content type ELEMENT_ONLY
class ApplicationResponseType (pyxb.binding.basis.complexTypeDefinition):
    """
            
         """
    _TypeDefinition = None
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_ELEMENT_ONLY
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'ApplicationResponseType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 35, 3)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.anyType
    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomizationID uses Python identifier CustomizationID
    __CustomizationID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), 'CustomizationID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CustomizationID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3), )

    
    CustomizationID = property(__CustomizationID.value, __CustomizationID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ID uses Python identifier ID
    __ID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), 'ID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3), )

    
    ID = property(__ID.value, __ID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueDate uses Python identifier IssueDate
    __IssueDate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), 'IssueDate', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueDate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3), )

    
    IssueDate = property(__IssueDate.value, __IssueDate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueTime uses Python identifier IssueTime
    __IssueTime = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), 'IssueTime', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueTime', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3), )

    
    IssueTime = property(__IssueTime.value, __IssueTime.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}Note uses Python identifier Note
    __Note = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), 'Note', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2Note', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3), )

    
    Note = property(__Note.value, __Note.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileExecutionID uses Python identifier ProfileExecutionID
    __ProfileExecutionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), 'ProfileExecutionID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileExecutionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3), )

    
    ProfileExecutionID = property(__ProfileExecutionID.value, __ProfileExecutionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileID uses Python identifier ProfileID
    __ProfileID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), 'ProfileID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3), )

    
    ProfileID = property(__ProfileID.value, __ProfileID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ResponseDate uses Python identifier ResponseDate
    __ResponseDate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseDate'), 'ResponseDate', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ResponseDate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 737, 3), )

    
    ResponseDate = property(__ResponseDate.value, __ResponseDate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ResponseTime uses Python identifier ResponseTime
    __ResponseTime = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseTime'), 'ResponseTime', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ResponseTime', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 738, 3), )

    
    ResponseTime = property(__ResponseTime.value, __ResponseTime.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UBLVersionID uses Python identifier UBLVersionID
    __UBLVersionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), 'UBLVersionID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UBLVersionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3), )

    
    UBLVersionID = property(__UBLVersionID.value, __UBLVersionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UUID uses Python identifier UUID
    __UUID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), 'UUID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UUID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3), )

    
    UUID = property(__UUID.value, __UUID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}VersionID uses Python identifier VersionID
    __VersionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'VersionID'), 'VersionID', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2VersionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 964, 3), )

    
    VersionID = property(__VersionID.value, __VersionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2}UBLExtensions uses Python identifier UBLExtensions
    __UBLExtensions = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), 'UBLExtensions', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonExtensionComponents_2UBLExtensions', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2), )

    
    UBLExtensions = property(__UBLExtensions.value, __UBLExtensions.set, None, '\n        A container for all extensions present in the document.\n      ')

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}DocumentResponse uses Python identifier DocumentResponse
    __DocumentResponse = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'DocumentResponse'), 'DocumentResponse', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2DocumentResponse', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 206, 3), )

    
    DocumentResponse = property(__DocumentResponse.value, __DocumentResponse.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}ReceiverParty uses Python identifier ReceiverParty
    __ReceiverParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'ReceiverParty'), 'ReceiverParty', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2ReceiverParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 492, 3), )

    
    ReceiverParty = property(__ReceiverParty.value, __ReceiverParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}SenderParty uses Python identifier SenderParty
    __SenderParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'SenderParty'), 'SenderParty', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2SenderParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 566, 3), )

    
    SenderParty = property(__SenderParty.value, __SenderParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}Signature uses Python identifier Signature
    __Signature = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), 'Signature', '__urnoasisnamesspecificationublschemaxsdApplicationResponse_2_ApplicationResponseType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2Signature', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3), )

    
    Signature = property(__Signature.value, __Signature.set, None, None)

    _ElementMap.update({
        __CustomizationID.name() : __CustomizationID,
        __ID.name() : __ID,
        __IssueDate.name() : __IssueDate,
        __IssueTime.name() : __IssueTime,
        __Note.name() : __Note,
        __ProfileExecutionID.name() : __ProfileExecutionID,
        __ProfileID.name() : __ProfileID,
        __ResponseDate.name() : __ResponseDate,
        __ResponseTime.name() : __ResponseTime,
        __UBLVersionID.name() : __UBLVersionID,
        __UUID.name() : __UUID,
        __VersionID.name() : __VersionID,
        __UBLExtensions.name() : __UBLExtensions,
        __DocumentResponse.name() : __DocumentResponse,
        __ReceiverParty.name() : __ReceiverParty,
        __SenderParty.name() : __SenderParty,
        __Signature.name() : __Signature
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.ApplicationResponseType = ApplicationResponseType
Namespace.addCategoryObject('typeBinding', 'ApplicationResponseType', ApplicationResponseType)


ApplicationResponse = pyxb.binding.basis.element(pyxb.namespace.ExpandedName(Namespace, 'ApplicationResponse'), ApplicationResponseType, documentation='This element MUST be conveyed as the root element in any instance document based on this Schema expression', location=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 28, 3))
Namespace.addCategoryObject('elementBinding', ApplicationResponse.name().localName(), ApplicationResponse)



ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CustomizationIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueDateType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueTimeType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.NoteType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileExecutionIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseDate'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ResponseDateType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 737, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseTime'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ResponseTimeType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 738, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UBLVersionIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UUIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'VersionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.VersionIDType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 964, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), _ImportedBinding_gateway_translators_ubl_bindings__ext.UBLExtensionsType, scope=ApplicationResponseType, documentation='\n        A container for all extensions present in the document.\n      ', location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'DocumentResponse'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DocumentResponseType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 206, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'ReceiverParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PartyType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 492, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'SenderParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PartyType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 566, 3)))

ApplicationResponseType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SignatureType, scope=ApplicationResponseType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3)))

def _BuildAutomaton ():
    # Remove this helper function from the namespace after it is invoked
    global _BuildAutomaton
    del _BuildAutomaton
    import pyxb.utils.fac as fac

    counters = set()
    cc_0 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 47, 11))
    counters.add(cc_0)
    cc_1 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 52, 10))
    counters.add(cc_1)
    cc_2 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 69, 9))
    counters.add(cc_2)
    cc_3 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 86, 9))
    counters.add(cc_3)
    cc_4 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 103, 9))
    counters.add(cc_4)
    cc_5 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 136, 9))
    counters.add(cc_5)
    cc_6 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 168, 9))
    counters.add(cc_6)
    cc_7 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 184, 9))
    counters.add(cc_7)
    cc_8 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 200, 9))
    counters.add(cc_8)
    cc_9 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 216, 9))
    counters.add(cc_9)
    cc_10 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 232, 9))
    counters.add(cc_10)
    cc_11 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 248, 9))
    counters.add(cc_11)
    cc_12 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 298, 9))
    counters.add(cc_12)
    states = []
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 47, 11))
    st_0 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_0)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 52, 10))
    st_1 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_1)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 69, 9))
    st_2 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_2)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 86, 9))
    st_3 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_3)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 103, 9))
    st_4 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_4)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 120, 9))
    st_5 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_5)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 136, 9))
    st_6 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_6)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 152, 9))
    st_7 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_7)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 168, 9))
    st_8 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_8)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseDate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 184, 9))
    st_9 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_9)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ResponseTime')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 200, 9))
    st_10 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_10)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 216, 9))
    st_11 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_11)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'VersionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 232, 9))
    st_12 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_12)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 248, 9))
    st_13 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_13)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'SenderParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 264, 9))
    st_14 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_14)
    final_update = set()
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'ReceiverParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 281, 9))
    st_15 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_15)
    final_update = set()
    final_update.add(fac.UpdateInstruction(cc_12, False))
    symbol = pyxb.binding.content.ElementUse(ApplicationResponseType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'DocumentResponse')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-ApplicationResponse-2.1.xsd', 298, 9))
    st_16 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_16)
    transitions = []
    transitions.append(fac.Transition(st_0, [
        fac.UpdateInstruction(cc_0, True) ]))
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_0, False) ]))
    st_0._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_1, True) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_1, False) ]))
    st_1._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_2, True) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_2, False) ]))
    st_2._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_3, True) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_3, False) ]))
    st_3._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_4, True) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_4, False) ]))
    st_4._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_6, [
         ]))
    transitions.append(fac.Transition(st_7, [
         ]))
    st_5._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_5, True) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_5, False) ]))
    st_6._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_8, [
         ]))
    transitions.append(fac.Transition(st_9, [
         ]))
    transitions.append(fac.Transition(st_10, [
         ]))
    transitions.append(fac.Transition(st_11, [
         ]))
    transitions.append(fac.Transition(st_12, [
         ]))
    transitions.append(fac.Transition(st_13, [
         ]))
    transitions.append(fac.Transition(st_14, [
         ]))
    st_7._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_6, True) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_6, False) ]))
    st_8._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_7, True) ]))
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_7, False) ]))
    st_9._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_8, True) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_8, False) ]))
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_8, False) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_8, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_8, False) ]))
    st_10._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_9, True) ]))
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_9, False) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_9, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_9, False) ]))
    st_11._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_10, True) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_10, False) ]))
    st_12._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_11, True) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_11, False) ]))
    st_13._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_15, [
         ]))
    st_14._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_16, [
         ]))
    st_15._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_12, True) ]))
    st_16._set_transitionSet(transitions)
    return fac.Automaton(states, counters, False, containing_state=None)
ApplicationResponseType._Automaton = _BuildAutomaton()

